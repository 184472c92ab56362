import type { BackupEntry } from '@shared/platform/platform-contract';
import { backupName, chooseBackupsToDelete } from '@shared/platform/backup-retention';
import { getDb, type HamishDb } from './db';
import { withQuotaCheck } from './storage-errors';

/** The browser edition's backups, kept in IndexedDB under the same names and retention rule as the desktop's files. */
export interface BrowserBackupStore {
  list(): Promise<BackupEntry[]>;
  write(reason: BackupEntry['reason'], content: string, now?: Date): Promise<BackupEntry>;
  read(name: string): Promise<string>;
}

export function createBrowserBackupStore(db: () => HamishDb = getDb): BrowserBackupStore {
  return {
    async list() {
      const stored = await db().backups.orderBy('created').reverse().toArray();
      return stored.map((b) => ({
        name: b.id,
        created: b.created,
        size: b.content.length,
        reason: b.reason,
      }));
    },
    async write(reason, content, now = new Date()) {
      const created = now.toISOString();
      const name = backupName(created, reason);
      const backups = db().backups;
      // The new backup and the pruning of old ones commit together.
      await withQuotaCheck(() =>
        db().transaction('rw', backups, async () => {
          await backups.put({ id: name, created, reason, content });
          await backups.bulkDelete(
            chooseBackupsToDelete((await backups.toCollection().primaryKeys()) as string[]),
          );
        }),
      );
      return { name, created, size: content.length, reason };
    },
    async read(name) {
      const found = await db().backups.get(name);
      if (!found) throw new Error(`No backup named ${name}`);
      return found.content;
    },
  };
}
