import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { BackupClassroom } from '@shared/backup/backup-classroom';
import { createBackup } from '@shared/backup/backup-format';
import { parseBackup } from '@shared/backup/parse-backup';
import type { HamishDb } from '@renderer/storage/db';
import { addImportedDocument } from '@renderer/storage/document-store';
import { snapshotDocument, snapshotLibrary } from '@renderer/storage/library-snapshot';
import { createReader, removeReader } from '@renderer/storage/reader-store';
import { applyRestore, previewRestore, type RestorePreview } from '@renderer/storage/restore-backup';
import { storedAnnotation } from '../../../support/stored-annotation';
import { testDatabases } from '../../../support/test-db';
import { importDraft, paragraphsDraft } from '../../../support/imported-drafts';
import {
  answerMark,
  answers,
  classroom,
  PACK_ID,
  readingPack,
  storedAnswerFile,
  storedPack,
} from '../../../support/classroom-records';

const database = testDatabases('hamish-restore-classroom');
const ADDED = new Date('2026-03-01T10:00:00.000Z');
const NOW = new Date('2026-12-01T12:00:00.000Z');
const OTHER_PACK = 'c29d0e1f-2a3b-4c4d-8e5f-7a8b9c0d1e2f';
const saveNothing = { saveSafetyBackup: null };

async function importInto(db: HamishDb, draft = importDraft()): Promise<string> {
  return (await addImportedDocument(draft, { offerReplacing: false, now: ADDED }, db)).id;
}

/** One of each classroom record, the packs on `documentId`. */
async function putClassroom(db: HamishDb, records: BackupClassroom): Promise<void> {
  await db.readers.bulkPut(records.readers);
  await db.classPacks.bulkPut(records.packs);
  await db.answerFiles.bulkPut(records.answerFiles);
  await db.answerMarks.bulkPut(records.marks);
}

async function classroomOf(db: HamishDb): Promise<BackupClassroom> {
  return {
    readers: await db.readers.orderBy('id').toArray(),
    packs: await db.classPacks.orderBy('packId').toArray(),
    answerFiles: await db.answerFiles.orderBy('key').toArray(),
    marks: await db.answerMarks.orderBy('answerId').toArray(),
  };
}

async function everything(db: HamishDb) {
  return {
    classroom: await classroomOf(db),
    annotations: await db.annotations.orderBy('id').toArray(),
    documents: await db.documents.orderBy('id').toArray(),
  };
}

async function preview(content: string, db: HamishDb): Promise<RestorePreview> {
  const result = await previewRestore(content, db, new Map(), { now: NOW });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.preview;
}

function classroomIn(content: string): BackupClassroom {
  const parsed = parseBackup(content, { documents: new Map() });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.classroom;
}

/** A teacher's library: a document, a pack on it, a student's answers to the pack and a mark on one. */
async function teacherLibrary(): Promise<{ db: HamishDb; documentId: string; records: BackupClassroom }> {
  const db = await database();
  const documentId = await importInto(db);
  const records = classroom({ packs: [storedPack({ documentId })] });
  await putClassroom(db, records);
  return { db, documentId, records };
}

describe('restoring the classroom', () => {
  it('brings every classroom record back onto a new laptop, the packs on the document restored with them', async () => {
    const { db: source } = await teacherLibrary();
    const target = await database();
    const restore = await preview(await snapshotLibrary(source, NOW), target);
    expect(restore.plan.classroom.counts).toMatchObject({ written: 4, kept: 0 });
    await applyRestore(restore.plan, target, saveNothing);
    expect(await everything(target)).toEqual(await everything(source));
  });

  it('files a pack under the library’s own copy of its document', async () => {
    const { db: source } = await teacherLibrary();
    const target = await database();
    const ours = await importInto(target);
    await applyRestore((await preview(await snapshotLibrary(source, NOW), target)).plan, target, saveNothing);
    expect((await target.classPacks.get(PACK_ID))?.documentId).toBe(ours);
    expect(await target.documents.count()).toBe(1);
  });

  it('restores a format-3 backup as before, leaving the classroom as it is', async () => {
    const { db, records } = await teacherLibrary();
    const before = await classroomOf(db);
    const annotation = storedAnnotation('0b6c7d52-55f5-4a3e-9c1e-0f1e2d3c4b5a', 'doc-a', 10);
    const { 'hamish:classroom': _, ...formatThree } = {
      ...createBackup({
        annotations: [annotation],
        settings: { colorMeanings: {} },
        exportedAt: ADDED,
        appVersion: 't',
      }),
      hamishFormat: 3,
    };
    const restore = await preview(JSON.stringify(formatThree), db);
    expect(restore.plan.classroom.incoming).toEqual({ readers: [], packs: [], answerFiles: [], marks: [] });
    await applyRestore(restore.plan, db, saveNothing);
    expect(await db.annotations.toArray()).toEqual([annotation]);
    expect(await classroomOf(db)).toEqual(before);
    expect(before.packs).toEqual(records.packs);
  });

  /* eslint-disable @typescript-eslint/no-explicit-any -- each case reaches into the JSON to break it on purpose */
  it.each<[string, (part: any) => void]>([
    ['a pack id that names a path', (c) => (c.packs[0].packId = '../../etc/passwd')],
    ['more marks than a library holds', (c) => (c.marks = new Array(200_001).fill(c.marks[0]))],
    [
      'a pack listed twice, once as a student’s copy',
      (c) => c.packs.push({ ...c.packs[0], role: 'student' }),
    ],
    /* eslint-enable @typescript-eslint/no-explicit-any */
  ])('refuses a file with %s and writes nothing', async (_, breakIt) => {
    const { db: source } = await teacherLibrary();
    const file = JSON.parse(await snapshotLibrary(source, NOW)) as Record<string, unknown>;
    breakIt(file['hamish:classroom']);
    const db = await database();
    await putClassroom(db, {
      ...classroom(),
      packs: [storedPack({ pack: readingPack({ instructions: 'قائمة' }) })],
    });
    const before = await everything(db);
    const result = await previewRestore(JSON.stringify(file), db, new Map());
    expect(result.ok).toBe(false);
    expect(await everything(db)).toEqual(before);
  });

  it('keeps the teacher’s pack when the backup holds a student’s copy of it, and says so', async () => {
    const db = await database();
    const teachers = storedPack();
    await putClassroom(db, { readers: [], packs: [teachers], answerFiles: [], marks: [] });
    const source = await database();
    const copy = storedPack({
      role: 'student',
      pack: readingPack({ modified: '2026-11-30T09:00:00.000Z', questions: [] }),
    });
    await putClassroom(source, { readers: [], packs: [copy], answerFiles: [], marks: [] });
    const restore = await preview(await snapshotLibrary(source, NOW), db);
    expect(restore.plan.classroom.counts).toMatchObject({ written: 0, studentCopiesSkipped: 1 });
    await applyRestore(restore.plan, db, saveNothing);
    expect(await db.classPacks.toArray()).toEqual([teachers]);
  });

  it('takes the backup’s later teacher’s pack and mark, and adds the answer file the library lacks', async () => {
    const db = await database();
    await putClassroom(db, classroom({ answerFiles: [] }));
    const later = storedPack({
      pack: readingPack({ modified: '2026-11-30T09:00:00.000Z', instructions: 'تعليمات أحدث' }),
    });
    const source = await database();
    const mark = answerMark({ mark: 'discuss', modified: '2026-11-30T10:00:00.000Z' });
    await putClassroom(source, classroom({ packs: [later], marks: [mark] }));
    await applyRestore((await preview(await snapshotLibrary(source, NOW), db)).plan, db, saveNothing);
    expect(await classroomOf(db)).toEqual(await classroomOf(source));
  });

  it('does not overwrite a pack edited in another window between the preview and the restore', async () => {
    const db = await database();
    await putClassroom(db, classroom({ packs: [] }));
    const source = await database();
    await putClassroom(source, classroom());
    const restore = await preview(await snapshotLibrary(source, NOW), db);
    const edited = storedPack({
      pack: readingPack({ modified: '2026-11-30T09:00:00.000Z', instructions: 'كُتبت في نافذة أخرى' }),
    });
    await db.classPacks.put(edited);
    await applyRestore(restore.plan, db, saveNothing);
    expect(await db.classPacks.toArray()).toEqual([edited]);
  });

  it('writes no classroom record when the restore fails part-way', async () => {
    const { db: source } = await teacherLibrary();
    await source.annotations.put(storedAnnotation('0b6c7d52-55f5-4a3e-9c1e-0f1e2d3c4b5a', 'doc-a', 10));
    const db = await database();
    const restore = await preview(await snapshotLibrary(source, NOW), db);
    const failing = {
      saveSafetyBackup: null,
      onProgress: () => {
        throw new Error('disk gone');
      },
    };
    await expect(applyRestore(restore.plan, db, failing)).rejects.toThrow('disk gone');
    expect(await classroomOf(db)).toEqual({ readers: [], packs: [], answerFiles: [], marks: [] });
  });

  it('keeps the classroom in the safety backup it takes before restoring', async () => {
    const { db, records } = await teacherLibrary();
    const kept: string[] = [];
    const restore = await preview(await snapshotLibrary(await database(), NOW), db);
    await applyRestore(restore.plan, db, { saveSafetyBackup: async (content) => kept.push(content) });
    expect(classroomIn(kept[0]!)).toEqual(records);
  });
});

describe('the classroom in the safety backups before a deletion', () => {
  it('keeps a document’s packs, the answers collected for them and their marks, and nothing of another’s', async () => {
    const { db, documentId, records } = await teacherLibrary();
    const otherDocument = await importInto(db, paragraphsDraft('مستند آخر', ['نص آخر.']));
    const otherAnswers = answers({ id: 'e4bf2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b', packId: OTHER_PACK });
    await putClassroom(db, {
      readers: [],
      packs: [
        storedPack({
          packId: OTHER_PACK,
          documentId: otherDocument,
          pack: readingPack({ packId: OTHER_PACK }),
        }),
      ],
      answerFiles: [storedAnswerFile(otherAnswers)],
      marks: [answerMark({ answerId: 'f5c03b4c-5d6e-4f7a-9b8c-0d1e2f3a4b5c', packId: OTHER_PACK })],
    });
    const content = await snapshotDocument(db, documentId, NOW);
    expect(classroomIn(content)).toEqual({ ...records, readers: [] });

    const empty = await database();
    await applyRestore((await preview(content, empty)).plan, empty, saveNothing);
    expect((await empty.classPacks.toArray()).map((stored) => stored.documentId)).toEqual([documentId]);
  });

  it('keeps a removed reader’s profile, and restoring it brings the reader back', async () => {
    const db = await database();
    const created = await createReader('سلمى', { fallbackName: 'Reader', now: ADDED, db });
    if (created.status !== 'saved') throw new Error(created.status);
    const profile = await db.readers.get(created.reader.id);
    const kept: string[] = [];
    await removeReader(created.reader.id, async (content) => kept.push(content), NOW, db);
    expect(await db.readers.count()).toBe(0);
    expect(classroomIn(kept[0]!).readers).toEqual([profile]);
    await applyRestore((await preview(kept[0]!, db)).plan, db, saveNothing);
    expect(await db.readers.toArray()).toEqual([profile]);
  });
});
