import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '@shared/annotations/annotation-model';
import { createBackup, serializeBackup } from '@shared/backup/backup-format';
import type { BackupIssue } from '@shared/backup/parse-backup';
import { HamishDb } from '@renderer/storage/db';
import { StorageFullError } from '@renderer/storage/storage-errors';
import { describeBackupIssue } from '@renderer/export/backup-issue-message';
import { applyRestore, previewRestore } from '@renderer/storage/restore-backup';
import { annotationArbitrary } from '../../../support/annotation-arbitrary';
import { BAD_BACKUP_DOCUMENT, BAD_BACKUP_TEXT_LENGTH, BAD_BACKUPS } from '../../../support/bad-backups';

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

describe('restoring a backup into Dexie', () => {
  it.each(BAD_BACKUPS)('refuses $name ($code at "$path") and leaves the database as it was', async (bad) => {
    await db.annotations.bulkPut(sample(5, 1));
    await db.settings.put({ key: 'colorMeanings', value: { yellow: 'مهم' } });
    const before = await snapshot();

    const result = await previewRestore(bad.content(), db, documents);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ code: bad.code, path: bad.path });
    expect(await snapshot()).toEqual(before);
  });

  it('round-trips 2,500 random annotations: backup, empty database, restore, identical records', async () => {
    const annotations = [...new Map(sample(2_500, 2024).map((a) => [a.id, a])).values()];
    const content = backupOf(annotations);
    const progress: number[] = [];

    const preview = await previewRestore(content, db, documents);
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
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

  it('writes nothing when the safety backup cannot be saved', async () => {
    await db.annotations.bulkPut(sample(2, 8));
    const before = await snapshot();
    const preview = await previewRestore(backupOf(sample(3, 9)), db, documents);
    if (!preview.ok) throw new Error('expected a valid backup');
    await expect(
      applyRestore(preview.preview.plan, db, {
        ...applyOptions(),
        saveSafetyBackup: () => Promise.reject(new Error('disk full')),
      }),
    ).rejects.toThrow('disk full');
    expect(await snapshot()).toEqual(before);
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

  it('keeps a note holding <script> as inert text in the store', async () => {
    const [annotation] = sample(1, 13);
    const hostile = {
      ...annotation!,
      note: {
        editorState: '{"root":{}}',
        text: '<script>alert(1)</script>',
        markdown: '<script>alert(1)</script>',
      },
    };
    const preview = await previewRestore(backupOf([hostile]), db, documents);
    if (!preview.ok) throw new Error('expected a valid backup');
    await applyRestore(preview.preview.plan, db, applyOptions());
    expect((await db.annotations.get(hostile.id))?.note).toEqual(hostile.note);
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
        if (issue.path.startsWith('items[')) expect(sentence).toContain(issue.path);
      }
    }
    expect(
      describeBackupIssue({ code: 'future-version', path: 'hamishFormat', detail: '2' }, 'en'),
    ).toContain('Update Hamish');
    expect(describeBackupIssue({ code: 'truncated', path: '' }, 'ar')).toContain('مقطوع');
  });
});
