import type { BackupEntry } from './platform-contract';

/** Matches BACKUP_NAME_PATTERN, so the same names are valid in both editions. */
export function backupName(createdIso: string, reason: BackupEntry['reason']): string {
  return `hamish-backup-${createdIso.replace(/:/g, '-')}-${reason}.json`;
}
