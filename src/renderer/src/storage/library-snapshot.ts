import { createBackup, serializeBackup } from '@shared/backup/backup-format';
import type { HamishDb } from './db';
import { APP_VERSION } from '../app-version';
import { readSetting } from './settings-store';

/**
 * The whole library as one backup file's content: every annotation, the imported documents they stand on
 * and the colour meanings, read in one transaction so they agree with each other.
 */
export async function snapshotLibrary(db: HamishDb, now: Date = new Date()): Promise<string> {
  const [annotations, documents, colorMeanings] = await db.transaction(
    'r',
    db.annotations,
    db.documents,
    db.settings,
    () =>
      Promise.all([
        db.annotations.toArray(),
        db.documents.orderBy('added').toArray(),
        readSetting('colorMeanings', db),
      ]),
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
