import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Annotation, NoteBody } from '@shared/annotations/annotation-model';
import { editBaseOf } from '@shared/annotations/merge-edit';
import type { HamishDb } from '@renderer/storage/db';
import {
  readJournal,
  writeJournalEntry,
  type AnnotationJournalEntry,
  type NoteDraft,
} from '@renderer/storage/edit-journal';
import { AnnotationEditSession } from '@renderer/storage/edit-session';
import { replayJournal, type ReplayDeps } from '@renderer/storage/journal-replay';
import { saveAnnotationEdit } from '@renderer/storage/annotation-edits';
import { readSetting } from '@renderer/storage/settings-store';
import { startPack } from '@renderer/storage/pack-store';
import type { TypedPackEdit } from '@shared/classroom/pack-edits';
import { LESSON_ID, lessonDocument, lessonPack } from '../../../support/class-fixtures';
import { noteFromMarkdown, noteFromStateJson } from '@renderer/notes/note-serialization';
import { MemoryStorage } from '../../../support/memory-storage';
import { typedDraft } from '../../../support/typed-draft';
import { storedAnnotation } from '../../../support/stored-annotation';
import { testDatabases } from '../../../support/test-db';

const dbWith = testDatabases('journal');

const completeNote = async (draft: NoteDraft): Promise<NoteBody> =>
  'text' in draft ? draft : noteFromStateJson(draft.editorState);
const gone = async () => () => {};

/** A window that typed into a note and closed before its save: what it left in the journal. */
function typedAndClosed(
  storage: Storage,
  annotation: Annotation,
  markdown: string,
  session = 'closed',
): void {
  const session_ = new AnnotationEditSession(annotation, {
    storage,
    session,
    save: () => new Promise(() => {}),
    conflictTag: () => 'تعارض',
    now: () => new Date('2026-12-01T09:00:00.000Z'),
    onState: () => {},
  });
  session_.typeNote(typedDraft(markdown));
}

function deps(db: HamishDb, storage: Storage, overrides: Partial<ReplayDeps> = {}): ReplayDeps {
  return { storage, db, session: 'this-window', claimSession: gone, completeNote, ...overrides };
}

describe('replaying the edit journal', () => {
  it('commits what a closed window typed, with text and Markdown derived, and empties the journal', async () => {
    const annotation = storedAnnotation('a', 'doc', 1);
    const db = await dbWith(annotation);
    const storage = new MemoryStorage();
    typedAndClosed(storage, annotation, 'رأي **مهم** عن Cameco');

    expect(await replayJournal(deps(db, storage))).toEqual({ replayed: 1, conflicts: 0, left: 0 });
    const saved = await db.annotations.get('a');
    expect(saved?.note.text).toBe('رأي مهم عن Cameco');
    expect(saved?.note.markdown).toBe('رأي **مهم** عن Cameco');
    expect(readJournal(storage)).toEqual([]);
  });

  it('is idempotent: a second replay of the same entry changes nothing', async () => {
    const annotation = storedAnnotation('a', 'doc', 1);
    const db = await dbWith(annotation);
    const storage = new MemoryStorage();
    typedAndClosed(storage, annotation, 'مرة واحدة');
    const entries = readJournal(storage);
    await replayJournal(deps(db, storage));
    const once = await db.annotations.toArray();
    // The same entry again, as if the removal had been lost.
    for (const { key, entry } of entries) storage.setItem(key, JSON.stringify(entry));
    await replayJournal(deps(db, storage));
    expect(await db.annotations.toArray()).toEqual(once);
  });

  it('survives a replay interrupted half way: what was not committed is replayed next time, once', async () => {
    const first = storedAnnotation('a', 'doc', 1);
    const second = storedAnnotation('b', 'doc', 5);
    const db = await dbWith(first, second);
    const storage = new MemoryStorage();
    typedAndClosed(storage, first, 'الأولى');
    typedAndClosed(storage, second, 'الثانية');

    // The first commit lands, then the window dies before the second one.
    let commits = 0;
    const dying = deps(db, storage, {
      completeNote: async (draft) => {
        if (commits++ === 1) throw new Error('window closed mid-replay');
        return completeNote(draft);
      },
    });
    expect((await replayJournal(dying)).left).toBe(1);
    expect(await replayJournal(deps(db, storage))).toMatchObject({ replayed: 1, left: 0 });
    expect((await db.annotations.toArray()).map((a) => a.note.text).sort()).toEqual(['الأولى', 'الثانية']);
    expect(await db.annotations.count()).toBe(2);
    expect(readJournal(storage)).toEqual([]);
  });

  it('leaves the entries of a window that is still open', async () => {
    const annotation = storedAnnotation('a', 'doc', 1);
    const db = await dbWith(annotation);
    const storage = new MemoryStorage();
    typedAndClosed(storage, annotation, 'ما زالت مفتوحة', 'open-window');
    const report = await replayJournal(deps(db, storage, { claimSession: async () => null }));
    expect(report).toEqual({ replayed: 0, conflicts: 0, left: 1 });
    expect((await db.annotations.get('a'))?.note.text).toBe('');
    expect(readJournal(storage)).toHaveLength(1);
  });

  it('keeps both versions when the note was changed elsewhere after the journaled edit began', async () => {
    const annotation = storedAnnotation('a', 'doc', 1);
    const db = await dbWith(annotation);
    const storage = new MemoryStorage();
    typedAndClosed(storage, annotation, 'نص لم يُحفظ');
    await saveAnnotationEdit(
      editBaseOf(annotation),
      { note: noteFromMarkdown('نص من نافذة أخرى') },
      { conflictTag: 'c', db },
    );

    expect(await replayJournal(deps(db, storage))).toMatchObject({ replayed: 1, conflicts: 1 });
    expect((await db.annotations.toArray()).map((a) => a.note.text).sort()).toEqual([
      'نص لم يُحفظ',
      'نص من نافذة أخرى',
    ]);
  });

  it('replays a colour meaning typed just before closing', async () => {
    const db = await dbWith();
    const storage = new MemoryStorage();
    writeJournalEntry(storage, {
      kind: 'color-meaning',
      session: 'closed',
      seq: 1,
      at: '2026-12-01T09:00:00.000Z',
      color: 'blue',
      meaning: 'سؤال للصف',
    });
    await replayJournal(deps(db, storage));
    expect(await readSetting('colorMeanings', db)).toEqual({ blue: 'سؤال للصف' });
  });

  it('replays what a teacher typed into a pack, the last keystroke of each field, and nothing else', async () => {
    const db = await dbWith();
    const pack = lessonPack(lessonDocument());
    const [question] = pack.questions;
    await startPack(pack, LESSON_ID, db);
    const storage = new MemoryStorage();
    const typed = (seq: number, edit: TypedPackEdit) =>
      writeJournalEntry(storage, {
        kind: 'pack-text',
        session: 'closed',
        seq,
        at: '2026-12-01T09:00:00.000Z',
        packId: pack.packId,
        edit,
      });
    typed(1, { kind: 'prompt', questionId: question!.id, value: 'لماذا' });
    typed(2, { kind: 'prompt', questionId: question!.id, value: 'لماذا يشرب الناس من النهر؟' });
    typed(3, { kind: 'choices', questionId: question!.id, value: ['نعم', 'لا'] });
    typed(4, { kind: 'instructions', value: 'اقرأ بتمهّل.' });
    expect(readJournal(storage)).toHaveLength(3);

    expect(await replayJournal(deps(db, storage))).toEqual({ replayed: 3, conflicts: 0, left: 0 });
    const stored = (await db.classPacks.get(pack.packId))!.pack;
    expect(stored.instructions).toBe('اقرأ بتمهّل.');
    expect(stored.questions[0]).toMatchObject({
      prompt: 'لماذا يشرب الناس من النهر؟',
      choices: ['نعم', 'لا'],
    });
    expect(stored.questions.slice(1)).toEqual(pack.questions.slice(1));
    expect(readJournal(storage)).toEqual([]);
  });

  it('keeps, and never replays, an entry it cannot read', async () => {
    const db = await dbWith(storedAnnotation('a', 'doc', 1));
    const storage = new MemoryStorage();
    storage.setItem('hamish.journal.closed:annotation:a', '{"kind":"annotation","session":"closed"');
    expect(await replayJournal(deps(db, storage))).toEqual({ replayed: 0, conflicts: 0, left: 0 });
    expect(storage.getItem('hamish.journal.closed:annotation:a')).not.toBeNull();
  });
});

describe('a long note typed in chunks', () => {
  const LONG = Array.from({ length: 400 }, (_, index) => `فقرة **${index}** عن Cameco، 2022.`).join('\n\n');
  const chunkKeys = (storage: Storage) =>
    Array.from({ length: storage.length }, (_, index) => storage.key(index)!).filter((key) =>
      key.startsWith('hamish.journal-chunk.'),
    );

  it('is replayed whole from its chunks, which are gone afterwards', async () => {
    const annotation = storedAnnotation('a', 'doc', 1);
    const db = await dbWith(annotation);
    const storage = new MemoryStorage();
    typedAndClosed(storage, annotation, LONG);
    expect(chunkKeys(storage).length).toBeGreaterThan(5);

    expect(await replayJournal(deps(db, storage))).toEqual({ replayed: 1, conflicts: 0, left: 0 });
    expect((await db.annotations.get('a'))?.note.markdown).toBe(LONG);
    expect(chunkKeys(storage)).toEqual([]);
  });

  it('writes only the chunk a keystroke changed, and removes the chunk it replaced', () => {
    const storage = new CountingStorage();
    const editing = editSession(storage, storedAnnotation('a', 'doc', 1));
    editing.typeNote(typedDraft(LONG));
    const whole = storage.written;
    const before = new Set(chunkKeys(storage));

    storage.written = 0;
    editing.typeNote(typedDraft(LONG.replace('فقرة **200**', 'فقرة **200**ب')));
    expect(storage.written).toBeLessThan(whole / 10);
    expect(chunkKeys(storage).length).toBe(before.size);
    expect(chunkKeys(storage).filter((key) => !before.has(key)).length).toBeGreaterThanOrEqual(1);
    const [journaled] = readJournal(storage);
    expect(
      noteFromStateJson((journaled?.entry as AnnotationJournalEntry).edit.note!.editorState!).markdown,
    ).toBe(LONG.replace('فقرة **200**', 'فقرة **200**ب'));
  });

  it('stays in chunks while the note is being saved, and is replayed whole if the save never lands', async () => {
    const annotation = storedAnnotation('a', 'doc', 1);
    const db = await dbWith(annotation);
    const storage = new CountingStorage();
    const editing = editSession(storage, annotation);
    editing.typeNote(typedDraft(LONG));
    const whole = storage.written;

    storage.written = 0;
    editing.change({ note: noteFromMarkdown(LONG) });
    void editing.flush();
    expect(storage.written).toBeLessThan(whole / 10);

    expect(await replayJournal(deps(db, storage))).toMatchObject({ replayed: 1 });
    expect((await db.annotations.get('a'))?.note.markdown).toBe(LONG);
  });

  it('keeps an entry whose chunk is missing, and never replays it', async () => {
    const annotation = storedAnnotation('a', 'doc', 1);
    const db = await dbWith(annotation);
    const storage = new MemoryStorage();
    typedAndClosed(storage, annotation, LONG);
    storage.removeItem(chunkKeys(storage)[3]!);

    expect(readJournal(storage).map(({ entry }) => entry)).toEqual([null]);
    expect(await replayJournal(deps(db, storage))).toEqual({ replayed: 0, conflicts: 0, left: 0 });
    expect(storage.getItem('hamish.journal.closed:annotation:a')).not.toBeNull();
    expect((await db.annotations.get('a'))?.note.text).toBe('');
  });

  it('sweeps the chunks of a window that died before writing the entry naming them', async () => {
    const db = await dbWith(storedAnnotation('a', 'doc', 1));
    const storage = new MemoryStorage();
    storage.setItem('hamish.journal-chunk.died:0123456789abcdef', '{"type":"paragraph"}');
    await replayJournal(deps(db, storage));
    expect(chunkKeys(storage)).toEqual([]);
  });

  it('leaves nothing written when the quota refuses a chunk', () => {
    const storage = new MemoryStorage();
    const editing = editSession(storage, storedAnnotation('a', 'doc', 1));
    storage.failWrites = true;
    editing.typeNote(typedDraft(LONG));
    expect(storage.length).toBe(0);
  });
});

/** Counts the characters written, as the cost of a keystroke's journaling. */
class CountingStorage extends MemoryStorage {
  written = 0;
  override setItem(key: string, value: string): void {
    this.written += value.length;
    super.setItem(key, value);
  }
}

function editSession(storage: Storage, annotation: Annotation): AnnotationEditSession {
  return new AnnotationEditSession(annotation, {
    storage,
    session: 'here',
    save: () => new Promise(() => {}),
    conflictTag: () => 'c',
    now: () => new Date('2026-12-01T09:00:00.000Z'),
    onState: () => {},
  });
}

describe('an edit session', () => {
  const annotation = storedAnnotation('a', 'doc', 1, { note: noteFromMarkdown('أصل') });
  function session(storage: Storage, db: HamishDb, fail = false) {
    return new AnnotationEditSession(annotation, {
      storage,
      session: 'here',
      save: (base, edit, tag) =>
        fail
          ? Promise.reject(new Error('disk gone'))
          : saveAnnotationEdit(base, edit, { conflictTag: tag, db }),
      conflictTag: () => 'c',
      now: () => new Date(),
      onState: () => {},
    });
  }

  it('journals a keystroke synchronously and clears it once the save is committed', async () => {
    const db = await dbWith(annotation);
    const storage = new MemoryStorage();
    const editing = session(storage, db);
    editing.typeNote(typedDraft('أصل وزيادة'));
    const [journaled] = readJournal(storage);
    expect((journaled?.entry as AnnotationJournalEntry).edit.note).toEqual({
      editorState: noteFromMarkdown('أصل وزيادة').editorState,
    });
    expect(editing.hasUnsaved()).toBe(true);

    editing.change({ note: noteFromMarkdown('أصل وزيادة') });
    await editing.flush();
    expect((await db.annotations.get('a'))?.note.text).toBe('أصل وزيادة');
    expect(readJournal(storage)).toEqual([]);
    // Nor a chunk of the note: the journal is empty.
    expect(storage.length).toBe(0);
    expect(editing.hasUnsaved()).toBe(false);
  });

  it('keeps the journal and the change when the save fails, and saves them on the next try', async () => {
    const db = await dbWith(annotation);
    const storage = new MemoryStorage();
    const failing = session(storage, db, true);
    failing.change({ tags: ['مؤجل'] });
    await expect(failing.flush()).rejects.toThrow('disk gone');
    expect(failing.hasUnsaved()).toBe(true);
    expect(readJournal(storage)).toHaveLength(1);
    expect(await replayJournal(deps(db, storage))).toMatchObject({ replayed: 1 });
    expect((await db.annotations.get('a'))?.tags).toEqual(['مؤجل']);
  });

  it('shows a note changed elsewhere when nothing here is unsaved, and merges it on save otherwise', async () => {
    const db = await dbWith(annotation);
    const editing = session(new MemoryStorage(), db);
    const elsewhere = {
      ...annotation,
      note: noteFromMarkdown('من نافذة أخرى'),
      modified: '2026-12-01T11:00:00.000Z',
    };
    editing.observe(elsewhere);
    expect(editing.revision).toBe(1);
    expect(editing.note.text).toBe('من نافذة أخرى');

    editing.typeNote(typedDraft('محلي'));
    editing.observe({ ...elsewhere, note: noteFromMarkdown('ثالثة'), modified: '2026-12-01T12:00:00.000Z' });
    expect(editing.revision).toBe(1);
  });
});
