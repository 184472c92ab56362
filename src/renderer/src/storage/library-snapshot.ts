import type { Annotation } from '@shared/annotations/annotation-model';
import { createBackup, serializeBackup } from '@shared/backup/backup-format';
import type { HamishDb, StoredDocument } from './db';
import { APP_VERSION } from '../app-version';
import { readSetting } from './settings-store';

/**
 * The whole library as one backup file's content: every annotation, the imported documents they stand on
 * and the colour meanings, read in one transaction so they agree with each other.
 */
export function snapshotLibrary(db: HamishDb, now: Date = new Date()): Promise<string> {
  return snapshotOf(db, now, () =>
    Promise.all([db.annotations.toArray(), db.documents.orderBy('added').toArray()]),
  );
}

/**
 * One imported document and its annotations as a backup file's content: all that undoing or restoring its
 * deletion needs, so the copy stays small however large the rest of the library grows.
 */
export function snapshotDocument(db: HamishDb, id: string, now: Date = new Date()): Promise<string> {
  return snapshotOf(db, now, async () => {
    const [annotations, document] = await Promise.all([
      db.annotations.where('documentId').equals(id).toArray(),
      db.documents.get(id),
    ]);
    return [annotations, document ? [document] : []];
  });
}

async function snapshotOf(
  db: HamishDb,
  now: Date,
  read: () => Promise<[Annotation[], StoredDocument[]]>,
): Promise<string> {
  const [[annotations, documents], colorMeanings] = await db.transaction(
    'r',
    db.annotations,
    db.documents,
    db.settings,
    () => Promise.all([read(), readSetting('colorMeanings', db)]),
  );
  return serializeBackup(
    createBackup({
      annotations,
      documents,
      settings: { colorMeanings },
      exportedAt: now,
      appVersion: APP_VERSION,
    }),
  );
}
