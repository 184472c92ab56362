import { createBackup, serializeBackup } from '@shared/backup/backup-format';
import type { HamishDb } from './db';
import { APP_VERSION } from '../app-version';
import { readSetting } from './settings-store';

/** The whole library as one backup file's content: every annotation and the colour meanings. */
export async function snapshotLibrary(db: HamishDb, now: Date = new Date()): Promise<string> {
  const [annotations, colorMeanings] = await Promise.all([
    db.annotations.toArray(),
    readSetting('colorMeanings', db),
  ]);
  return serializeBackup(
    createBackup({ annotations, settings: { colorMeanings }, exportedAt: now, appVersion: APP_VERSION }),
  );
}
