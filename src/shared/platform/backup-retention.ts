import { BACKUP_NAME_PATTERN, BACKUP_REASONS, type BackupEntry } from './platform-contract';

/** How many daily backups (one per day) and how many safety copies of each reason are kept. */
export const BACKUPS_TO_KEEP = 10;

type Reason = BackupEntry['reason'];

/** `hamish-backup-2024-05-01T10-20-30.123Z-daily.json`: matches BACKUP_NAME_PATTERN in both editions. */
export function backupName(createdIso: string, reason: Reason): string {
  return `hamish-backup-${createdIso.replace(/:/g, '-')}-${reason}.json`;
}

const NAME_PARTS = new RegExp(
  `^hamish-backup-(\\d{4}-\\d{2}-\\d{2})T(\\d{2})-(\\d{2})-(\\d{2}(?:\\.\\d{1,3})?)Z-(${BACKUP_REASONS.join('|')})\\.json$`,
);

/** A backup name → its creation time and reason, or null for any name this app did not write. */
export function parseBackupName(name: string): { created: string; reason: Reason } | null {
  if (!BACKUP_NAME_PATTERN.test(name)) return null;
  const match = NAME_PARTS.exec(name);
  if (!match) return null;
  const [, date, hours, minutes, seconds, reason] = match;
  const created = `${date}T${hours}:${minutes}:${seconds}Z`;
  if (Number.isNaN(Date.parse(created))) return null;
  return { created: new Date(created).toISOString(), reason: reason as Reason };
}

/**
 * Which backups to delete: daily backups keep the newest of each UTC day for the last `keep` days;
 * safety copies keep the newest `keep` of each reason, so many deletions never push out the only copy taken
 * before a restore. Names this app did not write are never chosen. The desktop app applies it to its
 * backup folder, the browser edition to its table.
 */
export function chooseBackupsToDelete(names: readonly string[], keep = BACKUPS_TO_KEEP): string[] {
  const parsed = names
    .flatMap((name) => {
      const info = parseBackupName(name);
      return info ? [{ name, info }] : [];
    })
    .sort((a, b) => b.info.created.localeCompare(a.info.created));
  const doomed: string[] = [];
  const keptDays = new Set<string>();
  const keptSafetyCopies = new Map<Reason, number>();
  for (const { name, info } of parsed) {
    if (info.reason === 'daily') {
      const day = info.created.slice(0, 10);
      if (keptDays.has(day) || keptDays.size >= keep) doomed.push(name);
      else keptDays.add(day);
    } else {
      const kept = keptSafetyCopies.get(info.reason) ?? 0;
      if (kept >= keep) doomed.push(name);
      else keptSafetyCopies.set(info.reason, kept + 1);
    }
  }
  return doomed;
}
