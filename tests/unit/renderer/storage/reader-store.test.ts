import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READER, type Annotation, type Reader } from '@shared/annotations/annotation-model';
import { annotationIdOf, type BackupFile } from '@shared/backup/backup-format';
import type { HamishDb } from '@renderer/storage/db';
import { readDocumentAnnotations, savePack } from '@renderer/storage/annotation-store';
import { readTallies, saveTallies } from '@renderer/storage/annotation-tally';
import { addImportedDocument } from '@renderer/storage/document-store';
import {
  createReader,
  MissingReaderError,
  pickReader,
  readReaders,
  removeReader,
  renameReader,
} from '@renderer/storage/reader-store';
import { READER_NAME_MAX, readSetting, writeSetting } from '@renderer/storage/settings-store';
import { SafetyBackupError } from '@renderer/storage/storage-errors';
import { storedAnnotation } from '../../../support/stored-annotation';
import { testDatabases } from '../../../support/test-db';
import { paragraphsDraft } from '../../../support/imported-drafts';

const database = testDatabases('hamish-readers');
const FALLBACK = 'قارئ';
const NOW = new Date('2026-05-01T09:00:00.000Z');
const options = (db: HamishDb, now = NOW) => ({ fallbackName: FALLBACK, now, db });

async function added(db: HamishDb, name: string, now = NOW): Promise<Reader> {
  const outcome = await createReader(name, options(db, now));
  if (outcome.status !== 'saved') throw new Error(`refused: ${outcome.problem}`);
  return outcome.reader;
}

function by(reader: Reader, id: string, documentId: string, start: number, note = ''): Annotation {
  return storedAnnotation(id, documentId, start, {
    author: reader,
    note: { editorState: null, text: note, markdown: note },
  });
}

async function annotationIds(db: HamishDb): Promise<string[]> {
  return (await db.annotations.orderBy('id').primaryKeys()) as string[];
}

describe('creating and renaming readers', () => {
  it('stores a trimmed name under a new reader id, oldest reader first after the default', async () => {
    const db = await database();
    const huda = await added(db, '  هدى  ', NOW);
    const omar = await added(db, 'عمر', new Date('2026-05-02T09:00:00.000Z'));
    expect(huda).toEqual({ id: expect.stringMatching(/^reader:[0-9a-f-]{36}$/), name: 'هدى' });
    expect(await db.readers.get(huda.id)).toEqual({ ...huda, created: NOW.toISOString() });
    expect((await readReaders(FALLBACK, db)).readers).toEqual([
      { id: DEFAULT_READER.id, name: FALLBACK },
      huda,
      omar,
    ]);
  });

  it.each<[string, string, string | null, string]>([
    ['an empty name', '', null, 'empty'],
    ['a name of spaces', '   ', null, 'empty'],
    ['a name over the limit', 'ا'.repeat(READER_NAME_MAX + 1), null, 'too-long'],
    ['the same name', 'هدى', 'هدى', 'duplicate'],
    ['the same name with harakat, another hamza and spaces', '  أَحمد ', 'احمد', 'duplicate'],
    ['the same Latin name in another case', 'SARA', 'sara', 'duplicate'],
    ['the default reader’s shown name', FALLBACK, null, 'duplicate'],
  ])('refuses %s and writes nothing', async (_case, name, existing, problem) => {
    const db = await database();
    if (existing) await added(db, existing);
    const before = await db.readers.toArray();
    expect(await createReader(name, options(db))).toEqual({ status: 'refused', problem });
    expect(await db.readers.toArray()).toEqual(before);
  });

  it('refuses the default reader’s stored name once they gave one', async () => {
    const db = await database();
    await writeSetting('readerName', 'المعلمة سلمى', db);
    expect(await createReader('المعلمه سلمي', options(db))).toEqual({
      status: 'refused',
      problem: 'duplicate',
    });
    expect(await createReader(FALLBACK, options(db))).toMatchObject({ status: 'saved' });
  });

  it('renames a profile, and refuses another reader’s name but not its own spelled otherwise', async () => {
    const db = await database();
    const huda = await added(db, 'هدى');
    await added(db, 'عمر');
    expect(await renameReader(huda.id, 'عمر', options(db))).toEqual({
      status: 'refused',
      problem: 'duplicate',
    });
    expect(await renameReader(huda.id, 'هُدى', options(db))).toEqual({
      status: 'saved',
      reader: { id: huda.id, name: 'هُدى' },
    });
    expect((await db.readers.get(huda.id))?.name).toBe('هُدى');
  });

  it('renames the default reader by writing the name exports are signed with', async () => {
    const db = await database();
    await added(db, 'هدى');
    expect(await renameReader(DEFAULT_READER.id, ' هدى ', options(db))).toMatchObject({ status: 'refused' });
    expect(await renameReader(DEFAULT_READER.id, ' سلمى ', options(db))).toMatchObject({ status: 'saved' });
    expect(await readSetting('readerName', db)).toBe('سلمى');
    expect((await readReaders(FALLBACK, db)).readers[0]).toEqual({ id: DEFAULT_READER.id, name: 'سلمى' });
    expect(await db.readers.count()).toBe(1);
  });

  it('refuses to rename a reader who is gone', async () => {
    const db = await database();
    await expect(renameReader('reader:gone', 'هدى', options(db))).rejects.toBeInstanceOf(MissingReaderError);
  });
});

describe('the current reader', () => {
  it.each<[string, (db: HamishDb, huda: Reader) => Promise<unknown>, 'default' | 'huda']>([
    ['nothing was ever picked', async () => {}, 'default'],
    ['a profile was picked', (db, huda) => pickReader(huda.id, db), 'huda'],
    ['the picked id matches no profile', (db) => pickReader('reader:from-another-laptop', db), 'default'],
    [
      'the stored setting is not a string',
      (db) => db.settings.put({ key: 'currentReaderId', value: 7 }),
      'default',
    ],
  ])('is %s → %s', async (_case, arrange, expected) => {
    const db = await database();
    const huda = await added(db, 'هدى');
    await arrange(db, huda);
    const { current } = await readReaders(FALLBACK, db);
    expect(current).toEqual(expected === 'huda' ? huda : { id: DEFAULT_READER.id, name: FALLBACK });
  });
});

describe('removing a reader', () => {
  /** Two documents; the default reader, هدى and عمر each annotate them. */
  async function classroom() {
    const db = await database();
    const imported = await addImportedDocument(
      paragraphsDraft('نص مستورد', ['فقرة أولى فيها نص.', 'فقرة ثانية فيها نص.'], 'notes.txt'),
      { offerReplacing: false, now: NOW },
      db,
    );
    if (imported.status !== 'imported') throw new Error(imported.status);
    const huda = await added(db, 'هدى');
    const omar = await added(db, 'عمر');
    const mine = { id: DEFAULT_READER.id, name: 'Reader' };
    await db.annotations.bulkPut([
      by(mine, 'a-default-1', 'article', 0, 'ملاحظة'),
      by(huda, 'b-huda-1', 'article', 10, 'ملاحظة هدى'),
      by(huda, 'b-huda-2', imported.id, 3),
      by(omar, 'c-omar-1', 'article', 20),
      by(omar, 'c-omar-2', 'other', 5),
    ]);
    await pickReader(huda.id, db);
    return { db, huda, omar, importedId: imported.id };
  }

  it('backs up only that reader’s annotations and the documents they stand on, then deletes them', async () => {
    const { db, huda, importedId } = await classroom();
    const backups: string[] = [];
    const removed = await removeReader(huda.id, async (content) => backups.push(content), NOW, db);

    expect(removed).toBe(2);
    expect(backups).toHaveLength(1);
    const backup = JSON.parse(backups[0]!) as BackupFile;
    expect(backup.first.items.map((item) => annotationIdOf(item.id)).sort()).toEqual([
      'b-huda-1',
      'b-huda-2',
    ]);
    expect(backup['hamish:documents'].map((document) => document.id)).toEqual([importedId]);

    expect(await annotationIds(db)).toEqual(['a-default-1', 'c-omar-1', 'c-omar-2']);
    expect(await db.readers.get(huda.id)).toBeUndefined();
    expect((await readReaders(FALLBACK, db)).current.id).toBe(DEFAULT_READER.id);
  });

  it('keeps the current reader when another one is removed', async () => {
    const { db, huda, omar } = await classroom();
    await removeReader(omar.id, async () => {}, NOW, db);
    expect((await readReaders(FALLBACK, db)).current).toEqual(huda);
  });

  it('deletes nothing when the backup fails', async () => {
    const { db, huda } = await classroom();
    const before = { annotations: await db.annotations.toArray(), readers: await db.readers.toArray() };
    const refusal = removeReader(huda.id, () => Promise.reject(new Error('disk full')), NOW, db);
    await expect(refusal).rejects.toBeInstanceOf(SafetyBackupError);
    expect({ annotations: await db.annotations.toArray(), readers: await db.readers.toArray() }).toEqual(
      before,
    );
    expect((await readReaders(FALLBACK, db)).current).toEqual(huda);
  });

  it.each<[string, string, (rejection: Promise<unknown>) => Promise<void>]>([
    [
      'the default reader',
      DEFAULT_READER.id,
      (rejection) => expect(rejection).rejects.toThrow('The default reader cannot be removed'),
    ],
    [
      'a reader who is gone',
      'reader:gone',
      (rejection) => expect(rejection).rejects.toBeInstanceOf(MissingReaderError),
    ],
  ])('refuses to remove %s, without a backup and changing nothing', async (_case, id, refused) => {
    const { db } = await classroom();
    const before = await annotationIds(db);
    const backups: string[] = [];
    await refused(removeReader(id, async (content) => backups.push(content), NOW, db));
    expect(backups).toEqual([]);
    expect(await annotationIds(db)).toEqual(before);
  });

  it('makes the touched documents’ packs and tallies stale, and keeps the others’ exact', async () => {
    const { db, huda, importedId } = await classroom();
    const documents = ['article', importedId, 'other'];
    await saveTallies((await readTallies(documents, db)).fresh, db);
    for (const id of documents) await savePack(id, await readDocumentAnnotations(id, db), db);

    await removeReader(huda.id, async () => {}, NOW, db);

    const { tallies, fresh } = await readTallies(documents, db);
    expect(Object.fromEntries(tallies)).toEqual({
      article: { highlights: 2, notes: 1 },
      [importedId]: { highlights: 0, notes: 0 },
      other: { highlights: 1, notes: 0 },
    });
    // Recounted: the two documents هدى annotated; the stored count of the third still stands.
    expect(fresh.map((tally) => tally.documentId).sort()).toEqual(['article', importedId].sort());
    const readings = await Promise.all(documents.map((id) => readDocumentAnnotations(id, db)));
    expect(readings.map((reading) => reading.fromPack)).toEqual([false, false, true]);
    expect(readings[0]!.annotations.map((annotation) => annotation.id).sort()).toEqual([
      'a-default-1',
      'c-omar-1',
    ]);
  });
});
