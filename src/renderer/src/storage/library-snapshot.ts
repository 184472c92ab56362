import type { Annotation } from '@shared/annotations/annotation-model';
import type { BackupClassroom } from '@shared/backup/backup-classroom';
import { createBackup, serializeBackup } from '@shared/backup/backup-format';
import type { HamishDb, StoredDocument } from './db';
import { APP_VERSION } from '../app-version';
import { readSetting } from './settings-store';
import { classroomTables, readClassroom, readDocumentClassroom } from './classroom-backup';

/**
 * The whole library as one backup file's content: every annotation, the imported documents they stand on,
 * the colour meanings and the classroom records, read in one transaction so they agree with each other.
 */
export function snapshotLibrary(db: HamishDb, now: Date = new Date()): Promise<string> {
  return snapshotOf(db, now, () =>
    Promise.all([db.annotations.toArray(), db.documents.orderBy('added').toArray(), readClassroom(db)]),
  );
}

/**
 * One imported document, its annotations and its reading packs (with the answers collected for them) as a
 * backup file's content: all that undoing or restoring its deletion needs, so the copy stays small however
 * large the rest of the library grows.
 */
export function snapshotDocument(db: HamishDb, id: string, now: Date = new Date()): Promise<string> {
  return snapshotOf(db, now, async () => {
    const [annotations, document, classroom] = await Promise.all([
      db.annotations.where('documentId').equals(id).toArray(),
      db.documents.get(id),
      readDocumentClassroom(db, id),
    ]);
    return [annotations, document ? [document] : [], classroom];
  });
}

async function snapshotOf(
  db: HamishDb,
  now: Date,
  read: () => Promise<[Annotation[], StoredDocument[], BackupClassroom]>,
): Promise<string> {
  const [[annotations, documents, classroom], colorMeanings] = await db.transaction(
    'r',
    [db.annotations, db.documents, db.settings, ...classroomTables(db)],
    () => Promise.all([read(), readSetting('colorMeanings', db)]),
  );
  return serializeBackup(
    createBackup({
      annotations,
      documents,
      classroom,
      settings: { colorMeanings },
      exportedAt: now,
      appVersion: APP_VERSION,
    }),
  );
}
