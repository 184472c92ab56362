import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation, NoteBody } from '@shared/annotations/annotation-model';
import { createBackup, serializeBackup } from '@shared/backup/backup-format';
import { BACKUP_LIMITS } from '@shared/backup/backup-schema';
import { decodeBackupBytes } from '@shared/backup/decode-backup-bytes';
import type { BackupIssue } from '@shared/backup/parse-backup';
import { HamishDb } from '@renderer/storage/db';
import { StorageFullError } from '@renderer/storage/storage-errors';
import { describeBackupIssue } from '@renderer/export/backup-issue-message';
import { noteFromMarkdown, noteFromStateJson } from '@renderer/notes/note-serialization';
import { applyRestore, previewRestore, SafetyBackupError } from '@renderer/storage/restore-backup';
import {
  annotationArbitrary,
  EDITOR_MADE_NOTES_FIXTURE,
  editorMadeNotes,
  noteArbitrary,
  plainNote,
} from '../../../support/annotation-arbitrary';
import {
  BAD_BACKUP_DOCUMENT,
  BAD_BACKUP_NOW,
  BAD_BACKUP_TEXT_LENGTH,
  BAD_BACKUPS,
  decodeCase,
  encodeWithBom,
  FAR_FUTURE,
  futureDatedBackup,
  noteStateParts,
} from '../../../support/bad-backups';
import { HOSTILE_NOTE_STATES } from '../../../support/hostile-note-states';

const documents = new Map([
  [BAD_BACKUP_DOCUMENT, BAD_BACKUP_TEXT_LENGTH],
  ['doc-b', BAD_BACKUP_TEXT_LENGTH],
]);
const sample = (count: number, seed: number): Annotation[] =>
  fc.sample(annotationArbitrary([...documents.keys()], BAD_BACKUP_TEXT_LENGTH), { numRuns: count, seed });

let db: HamishDb;
let dbCount = 0;

beforeEach(async () => {
  db = new HamishDb(`restore-test-${dbCount++}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function snapshot(): Promise<unknown> {
  return {
    annotations: await db.annotations.orderBy('id').toArray(),
    settings: await db.settings.toArray(),
    backups: await db.backups.toArray(),
  };
}

function backupOf(annotations: Annotation[]): string {
  return serializeBackup(
    createBackup({
      annotations,
      settings: { colorMeanings: { blue: 'سؤال' } },
      exportedAt: new Date(),
      appVersion: 't',
    }),
  );
}

const applyOptions = (saved: string[] = []) => ({
  saveSafetyBackup: async (content: string) => {
    saved.push(content);
  },
});

/** The dialog's way of completing a sanitized note: the editor's serializer, watched. */
const watchedCompleteNote = () => vi.fn(async (editorState: string) => noteFromStateJson(editorState));

describe('restoring a backup into Dexie', () => {
  it.each(BAD_BACKUPS)('refuses $name ($code at "$path") and leaves the database as it was', async (bad) => {
    await db.annotations.bulkPut(sample(5, 1));
    await db.settings.put({ key: 'colorMeanings', value: { yellow: 'مهم' } });
    const before = await snapshot();

    // As the dialog reads a file: bytes through the decoder, then the text into the preview.
    const decoded = decodeCase(bad.content());
    const result = decoded.ok
      ? await previewRestore(decoded.text, db, documents)
      : { ok: false as const, errors: [decoded.error] };
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ code: bad.code, path: bad.path });
    expect(await snapshot()).toEqual(before);
  });

  it('round-trips 2,500 random annotations: backup, empty database, restore, identical records', async () => {
    const annotations = [...new Map(sample(2_500, 2024).map((a) => [a.id, a])).values()];
    const content = backupOf(annotations);
    const progress: number[] = [];

    // The arbitrary dates reach 2030: restored after them, none is clamped.
    const completeNote = watchedCompleteNote();
    const preview = await previewRestore(content, db, documents, { now: BAD_BACKUP_NOW, completeNote });
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    // Every note is one the editor wrote: none needed sanitizing, so none is derived again.
    expect(completeNote).not.toHaveBeenCalled();
    expect(preview.preview.plan.added).toHaveLength(annotations.length);
    expect(preview.preview.settings).toEqual({ colorMeanings: { blue: 'سؤال' } });
    await applyRestore(preview.preview.plan, db, {
      ...applyOptions(),
      onProgress: (done) => progress.push(done),
    });

    const byId = (a: Annotation, b: Annotation) => (a.id < b.id ? -1 : 1);
    expect(await db.annotations.toArray()).toEqual([...annotations].sort(byId));
    expect(progress).toEqual([2_000, annotations.length]);
  });

  it('saves a safety backup of the library as it was before writing, and writes chosen settings', async () => {
    const existing = sample(3, 5);
    await db.annotations.bulkPut(existing);
    const saved: string[] = [];
    const preview = await previewRestore(backupOf(sample(4, 6)), db, documents);
    if (!preview.ok) throw new Error('expected a valid backup');
    await applyRestore(preview.preview.plan, db, {
      ...applyOptions(saved),
      settings: [{ key: 'colorMeanings', value: preview.preview.settings.colorMeanings }],
    });
    expect(saved).toHaveLength(1);
    const safety = await previewRestore(saved[0]!, new HamishDb('empty-for-safety-check'), documents);
    expect(safety.ok && safety.preview.plan.added.map((a) => a.id).sort()).toEqual(
      existing.map((a) => a.id).sort(),
    );
    expect(await db.annotations.count()).toBe(7);
    expect(await db.settings.get('colorMeanings')).toEqual({ key: 'colorMeanings', value: { blue: 'سؤال' } });
  });

  it('writes nothing when the safety backup cannot be saved, and says so with the cause', async () => {
    await db.annotations.bulkPut(sample(2, 8));
    const before = await snapshot();
    const preview = await previewRestore(backupOf(sample(3, 9)), db, documents);
    if (!preview.ok) throw new Error('expected a valid backup');
    const diskFull = new Error('disk full');
    const failure: unknown = await applyRestore(preview.preview.plan, db, {
      ...applyOptions(),
      saveSafetyBackup: () => Promise.reject(diskFull),
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SafetyBackupError);
    expect((failure as SafetyBackupError).cause).toBe(diskFull);
    expect(await snapshot()).toEqual(before);
  });

  it('restores without a safety backup when the reader chose to go on without one', async () => {
    const existing = sample(2, 15);
    await db.annotations.bulkPut(existing);
    const incoming = sample(3, 16);
    const preview = await previewRestore(backupOf(incoming), db, documents, { now: BAD_BACKUP_NOW });
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    // A safety backup starts by reading the whole library: without one, nothing is read or saved.
    const readLibrary = vi.spyOn(db.annotations, 'toArray');
    const written = await applyRestore(preview.preview.plan, db, { saveSafetyBackup: null });
    expect(readLibrary).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expect(written).toBe(incoming.length);
    expect((await db.annotations.toArray()).map((a) => a.id).sort()).toEqual(
      [...existing, ...incoming].map((a) => a.id).sort(),
    );
  });

  it('turns a quota error midway into StorageFullError with nothing written', async () => {
    await db.annotations.bulkPut(sample(2, 10));
    const before = await snapshot();
    const preview = await previewRestore(backupOf(sample(2_100, 11)), db, documents);
    if (!preview.ok) throw new Error('expected a valid backup');
    const realBulkPut = db.annotations.bulkPut.bind(db.annotations);
    let calls = 0;
    vi.spyOn(db.annotations, 'bulkPut').mockImplementation(((records: Annotation[]) => {
      calls += 1;
      if (calls === 2) return Promise.reject(new DOMException('quota', 'QuotaExceededError'));
      return realBulkPut(records);
    }) as typeof db.annotations.bulkPut);

    await expect(applyRestore(preview.preview.plan, db, applyOptions())).rejects.toBeInstanceOf(
      StorageFullError,
    );
    vi.restoreAllMocks();
    expect(calls).toBe(2);
    expect(await snapshot()).toEqual(before);
  });

  it('merges: newer wins, older is ignored, a conflict keeps both versions', async () => {
    const [a, b, c] = sample(3, 12) as [Annotation, Annotation, Annotation];
    const t1 = '2024-01-01T00:00:00.000Z';
    const t2 = '2024-06-01T00:00:00.000Z';
    await db.annotations.bulkPut([
      { ...a, modified: t1, color: 'yellow' },
      { ...b, modified: t2, color: 'yellow' },
      { ...c, modified: t1, color: 'yellow' },
    ]);
    const incoming: Annotation[] = [
      { ...a, modified: t2, color: 'green' },
      { ...b, modified: t1, color: 'green' },
      { ...c, modified: t1, color: 'green' },
    ];
    const preview = await previewRestore(backupOf(incoming), db, documents, { conflictTag: 'تعارض' });
    if (!preview.ok) throw new Error('expected a valid backup');
    await applyRestore(preview.preview.plan, db, applyOptions());

    expect((await db.annotations.get(a.id))?.color).toBe('green');
    expect((await db.annotations.get(b.id))?.color).toBe('yellow');
    expect((await db.annotations.get(c.id))?.color).toBe('yellow');
    const copies = await db.annotations.where('tags').equals('تعارض').toArray();
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ color: 'green', modified: t1, documentId: c.documentId });
    expect(await db.annotations.count()).toBe(4);
  });

  const SCRIPT = '<script>alert(1)</script>';
  it.each([
    ['a state our editor wrote', plainNote([SCRIPT]).editorState, false],
    ['a state without words of its own, rebuilt from the text', '{"root":{}}', true],
  ])('keeps a note holding <script> as inert text in the store: %s', async (_name, editorState, rebuilt) => {
    const [annotation] = sample(1, 13);
    const hostile = { ...annotation!, note: { editorState, text: SCRIPT, markdown: SCRIPT } };
    const completeNote = watchedCompleteNote();
    const preview = await previewRestore(backupOf([hostile]), db, documents, { completeNote });
    if (!preview.ok) throw new Error('expected a valid backup');
    await applyRestore(preview.preview.plan, db, applyOptions());
    const stored = (await db.annotations.get(hostile.id))!.note;
    expect(stored).toEqual(plainNote([SCRIPT]));
    expect(noteStateParts(stored.editorState!)).toEqual({
      types: ['paragraph', 'root', 'text'],
      texts: [SCRIPT],
      styles: [],
    });
    expect(completeNote).toHaveBeenCalledTimes(rebuilt ? 1 : 0);
  });

  it('restores a note styled as a full-screen red overlay with its words, no style, text and Markdown derived again', async () => {
    const overlay = HOSTILE_NOTE_STATES[0]!;
    const [annotation] = sample(1, 14);
    const hostile = {
      ...annotation!,
      note: {
        editorState: overlay.editorState,
        text: overlay.fallbackText,
        markdown: 'Markdown the file made up',
      },
    };
    const completeNote = watchedCompleteNote();
    const preview = await previewRestore(backupOf([hostile]), db, documents, { completeNote });
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    await applyRestore(preview.preview.plan, db, applyOptions());

    const stored = (await db.annotations.get(hostile.id))!.note;
    expect(completeNote).toHaveBeenCalledExactlyOnceWith(stored.editorState);
    const parts = noteStateParts(stored.editorState!);
    expect(parts.styles).toEqual([]);
    expect(parts.types).toEqual(['paragraph', 'root', 'text']);
    for (const word of overlay.survivingWords) expect(stored.text).toContain(word);
    for (const forbidden of overlay.forbidden) expect(JSON.stringify(stored)).not.toContain(forbidden);
    expect([stored.text, stored.markdown]).toEqual([overlay.fallbackText, overlay.fallbackText]);
    // What the editor would save after opening it: the restored note is already that.
    expect(noteFromStateJson(stored.editorState!)).toEqual(stored);
  });
});

describe('restore rules', () => {
  it('clamps a modified date in year 9999 to the time of the restore, and says how many', async () => {
    const now = BAD_BACKUP_NOW;
    const preview = await previewRestore(futureDatedBackup(), db, documents, { now });
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    expect(preview.preview.plan.clampedFuture).toBe(1);
    await applyRestore(preview.preview.plan, db, applyOptions());
    const modified = (await db.annotations.toArray()).map((a) => a.modified);
    expect(modified).toContain(now.toISOString());
    expect(modified).not.toContain(FAR_FUTURE);
  });

  it('treats an upper-case copy of a stored id as that annotation: updated, never a twin', async () => {
    const [stored] = sample(1, 21) as [Annotation];
    await db.annotations.put({ ...stored, modified: '2024-01-01T00:00:00.000Z', color: 'yellow' });
    const content = backupOf([{ ...stored, modified: '2024-02-01T00:00:00.000Z', color: 'green' }]).replace(
      `urn:uuid:${stored.id}`,
      `urn:uuid:${stored.id.toUpperCase()}`,
    );
    const preview = await previewRestore(content, db, documents, { now: BAD_BACKUP_NOW });
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    await applyRestore(preview.preview.plan, db, applyOptions());
    expect(await db.annotations.toArray()).toEqual([
      { ...stored, modified: '2024-02-01T00:00:00.000Z', color: 'green' },
    ]);
  });

  it.each(['utf-8 with BOM', 'utf-16le', 'utf-16be'] as const)(
    'restores a backup saved as %s like the UTF-8 original',
    async (encoding) => {
      const annotations = sample(3, 22);
      const decoded = decodeBackupBytes(encodeWithBom(backupOf(annotations), encoding));
      if (!decoded.ok) throw new Error(decoded.error.code);
      const preview = await previewRestore(decoded.text, db, documents, { now: BAD_BACKUP_NOW });
      if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
      await applyRestore(preview.preview.plan, db, applyOptions());
      expect(await db.annotations.orderBy('id').toArray()).toEqual(
        [...annotations].sort((a, b) => (a.id < b.id ? -1 : 1)),
      );
    },
  );

  it('measures the supported maximum with a note the editor really writes (the capacity fixture)', () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/backup/paragraph-note.json', 'utf8')) as NoteBody;
    expect(noteFromMarkdown(fixture.markdown)).toEqual(fixture);
  });

  it.each(Object.entries(editorMadeNotes()))(
    `the editor still writes the note "%s" of ${EDITOR_MADE_NOTES_FIXTURE} byte for byte`,
    (_name, note) => {
      expect(noteFromMarkdown(note.markdown)).toEqual(note);
    },
  );

  it('every note the annotation arbitrary makes is one the editor stores as it is', () => {
    fc.assert(
      fc.property(noteArbitrary, (note) => {
        if (note.editorState === null) expect(note).toEqual({ editorState: null, text: '', markdown: '' });
        else expect(noteFromStateJson(note.editorState)).toEqual(note);
      }),
      { numRuns: 500 },
    );
  });

  it('restores the golden format-1 file into the store record for record', async () => {
    const golden = readFileSync('tests/fixtures/backup/format-1-golden.json', 'utf8');
    const expected = JSON.parse(
      readFileSync('tests/fixtures/backup/format-1-golden.annotations.json', 'utf8'),
    ) as Annotation[];
    const preview = await previewRestore(golden, db, documents);
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    await applyRestore(preview.preview.plan, db, applyOptions());
    expect(await db.annotations.orderBy('id').toArray()).toEqual(
      [...expected].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
  });
});

describe('describeBackupIssue', () => {
  it('says what happened and where, in Arabic and English, for every issue code', () => {
    const issues: BackupIssue[] = BAD_BACKUPS.map(({ code, path }) => ({ code, path, detail: '2' }));
    for (const issue of issues) {
      for (const language of ['ar', 'en'] as const) {
        const sentence = describeBackupIssue(issue, language);
        expect(sentence).not.toMatch(/\{\w+\}/);
        expect(sentence.length).toBeGreaterThan(30);
        if (issue.path.includes('items[')) expect(sentence).toContain(issue.path);
      }
    }
    expect(
      describeBackupIssue({ code: 'future-version', path: 'hamishFormat', detail: '2' }, 'en'),
    ).toContain('Update Hamish');
    expect(describeBackupIssue({ code: 'truncated', path: '' }, 'ar')).toContain('مقطوع');
    // The sentence names the limit the parser applies, in both languages.
    const megabytes = String(BACKUP_LIMITS.fileBytes / 1024 / 1024);
    expect(describeBackupIssue({ code: 'too-large', path: '' }, 'en')).toContain(`${megabytes} MB`);
    expect(describeBackupIssue({ code: 'too-large', path: '' }, 'ar')).toContain(`${megabytes} ميغابايت`);
    expect(describeBackupIssue({ code: 'not-utf8', path: '' }, 'en')).toContain('UTF-8');
  });
});
