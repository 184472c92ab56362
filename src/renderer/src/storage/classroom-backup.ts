import type { BackupClassroom } from '@shared/backup/backup-classroom';
import {
  planClassroomRestore,
  type ClassroomRestorePlan,
  type ExistingClassroom,
} from '@shared/backup/classroom-restore-plan';
import type { HamishDb } from './db';

/** The classroom tables a backup reads and a restore writes; a caller's transaction must span them. */
export const classroomTables = (db: HamishDb) => [db.readers, db.classPacks, db.answerFiles, db.answerMarks];

/** Every classroom record of the library. */
export async function readClassroom(db: HamishDb): Promise<BackupClassroom> {
  const [readers, packs, answerFiles, marks] = await Promise.all([
    db.readers.toArray(),
    db.classPacks.toArray(),
    db.answerFiles.toArray(),
    db.answerMarks.toArray(),
  ]);
  return { readers, packs, answerFiles, marks };
}

/** A document's reading packs with the answer files collected for them and the marks on those answers. */
export async function readDocumentClassroom(db: HamishDb, documentId: string): Promise<BackupClassroom> {
  const packs = await db.classPacks.where('documentId').equals(documentId).toArray();
  const packIds = packs.map((stored) => stored.packId);
  const [answerFiles, marks] = await Promise.all([
    db.answerFiles.where('packId').anyOf(packIds).toArray(),
    db.answerMarks.where('packId').anyOf(packIds).toArray(),
  ]);
  return { readers: [], packs, answerFiles, marks };
}

/** The library's records under the keys the backup's records have. */
async function existingFor(db: HamishDb, incoming: BackupClassroom): Promise<ExistingClassroom> {
  const [readerIds, packs, answerFileKeys, marks] = await Promise.all([
    db.readers
      .where(':id')
      .anyOf(incoming.readers.map((reader) => reader.id))
      .primaryKeys(),
    db.classPacks.bulkGet(incoming.packs.map((stored) => stored.packId)),
    db.answerFiles
      .where(':id')
      .anyOf(incoming.answerFiles.map((file) => file.key))
      .primaryKeys(),
    db.answerMarks.bulkGet(incoming.marks.map((mark) => mark.answerId)),
  ]);
  return {
    readerIds: new Set(readerIds),
    packs: new Map(packs.flatMap((stored) => (stored ? [[stored.packId, stored] as const] : []))),
    answerFileKeys: new Set(answerFileKeys),
    marks: new Map(marks.flatMap((mark) => (mark ? [[mark.answerId, mark] as const] : []))),
  };
}

/** How the backup's classroom records merge into the library as it is now; reads, writes nothing. */
export async function planClassroom(
  db: HamishDb,
  incoming: BackupClassroom,
  now?: Date,
): Promise<ClassroomRestorePlan> {
  return planClassroomRestore(incoming, await existingFor(db, incoming), now);
}

/**
 * Merges the backup's classroom records, planned again against the library as it is inside the caller's
 * transaction: a pack edited in another window since the preview is merged, never overwritten.
 */
export async function writeClassroom(db: HamishDb, incoming: BackupClassroom, now?: Date): Promise<void> {
  const { toWrite } = await planClassroom(db, incoming, now);
  await db.readers.bulkPut(toWrite.readers);
  await db.classPacks.bulkPut(toWrite.packs);
  await db.answerFiles.bulkPut(toWrite.answerFiles);
  await db.answerMarks.bulkPut(toWrite.marks);
}
