import { mkdir, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BACKUP_NAME_PATTERN, type BackupEntry } from '@shared/platform/platform-contract';
import { backupName } from '@shared/platform/backup-names';

export const BACKUPS_TO_KEEP = 10;

type Reason = BackupEntry['reason'];

/** `hamish-backup-2024-05-01T10-20-30.123Z-daily.json` → its creation time and reason, or null. */
export function parseBackupName(name: string): { created: string; reason: Reason } | null {
  if (!BACKUP_NAME_PATTERN.test(name)) return null;
  const match =
    /^hamish-backup-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2}(?:\.\d{1,3})?)Z-(daily|before-restore)\.json$/.exec(
      name,
    );
  if (!match) return null;
  const [, date, hours, minutes, seconds, reason] = match;
  const created = `${date}T${hours}:${minutes}:${seconds}Z`;
  if (Number.isNaN(Date.parse(created))) return null;
  return { created: new Date(created).toISOString(), reason: reason as Reason };
}

/**
 * Which backup files to delete: daily backups keep the newest of each UTC day for the last
 * BACKUPS_TO_KEEP days; safety copies made before a restore keep the newest BACKUPS_TO_KEEP.
 * Names this app did not write are never chosen.
 */
export function chooseBackupsToDelete(names: readonly string[], keep = BACKUPS_TO_KEEP): string[] {
  const parsed = names
    .map((name) => ({ name, info: parseBackupName(name) }))
    .filter(
      (entry): entry is { name: string; info: NonNullable<ReturnType<typeof parseBackupName>> } =>
        !!entry.info,
    )
    .sort((a, b) => b.info.created.localeCompare(a.info.created));
  const doomed: string[] = [];
  const keptDays = new Set<string>();
  let keptBeforeRestore = 0;
  for (const { name, info } of parsed) {
    if (info.reason === 'daily') {
      const day = info.created.slice(0, 10);
      if (keptDays.has(day) || keptDays.size >= keep) doomed.push(name);
      else keptDays.add(day);
    } else if (keptBeforeRestore >= keep) {
      doomed.push(name);
    } else {
      keptBeforeRestore += 1;
    }
  }
  return doomed;
}

export interface BackupStore {
  writeBackup(reason: Reason, content: string): Promise<BackupEntry>;
  listBackups(): Promise<BackupEntry[]>;
  readBackup(name: string): Promise<string>;
}

/** Backups as JSON files in one folder (`<userData>/backups`), newest first. */
export function createBackupStore(dir: string, now: () => Date = () => new Date()): BackupStore {
  function pathOf(name: string): string {
    if (!parseBackupName(name)) throw new Error(`Not a backup name: ${JSON.stringify(name)}`);
    return join(dir, name);
  }

  async function backupNames(): Promise<string[]> {
    try {
      return (await readdir(dir)).filter((name) => parseBackupName(name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  return {
    async writeBackup(reason, content) {
      await mkdir(dir, { recursive: true });
      const created = now().toISOString();
      const name = backupName(created, reason);
      const target = pathOf(name);
      // Written aside then renamed, so a crash never leaves a half backup under a valid name.
      const partial = `${target}.partial`;
      await writeFile(partial, content, 'utf8');
      await rename(partial, target);
      for (const old of chooseBackupsToDelete(await backupNames())) await unlink(join(dir, old));
      return { name, created, size: Buffer.byteLength(content, 'utf8'), reason };
    },
    async listBackups() {
      const entries = await Promise.all(
        (await backupNames()).map(async (name) => {
          const info = parseBackupName(name)!;
          return {
            name,
            created: info.created,
            size: (await stat(join(dir, name))).size,
            reason: info.reason,
          };
        }),
      );
      return entries.sort((a, b) => b.created.localeCompare(a.created));
    },
    async readBackup(name) {
      return readFile(pathOf(name), 'utf8');
    },
  };
}
