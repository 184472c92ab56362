import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BackupEntry } from '@shared/platform/platform-contract';
import { backupName, chooseBackupsToDelete, parseBackupName } from '@shared/platform/backup-retention';
import { MAX_TRANSFER_BYTES } from '@shared/platform/chunked-transfer';
import { writeChunksAtomically, type TextChunks } from './write-chunks';

type Reason = BackupEntry['reason'];

export interface BackupStore {
  writeBackup(reason: Reason, content: TextChunks): Promise<BackupEntry>;
  listBackups(): Promise<BackupEntry[]>;
  /** The file's bytes; a file larger than any backup Hamish writes is refused. */
  readBackup(name: string): Promise<Buffer>;
}

/** Backups as JSON files in one folder (`<userData>/backups`), newest first. */
export function createBackupStore(
  dir: string,
  now: () => Date = () => new Date(),
  maxBytes: number = MAX_TRANSFER_BYTES,
): BackupStore {
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
      const size = await writeChunksAtomically(pathOf(name), content);
      for (const old of chooseBackupsToDelete(await backupNames())) await unlink(join(dir, old));
      return { name, created, size, reason };
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
      const path = pathOf(name);
      const { size } = await stat(path);
      if (size > maxBytes) {
        throw new Error(`${name} is ${size} bytes, more than the ${maxBytes} a backup may be`);
      }
      return readFile(path);
    },
  };
}
