import { useEffect, useState } from 'react';
import type { BackupEntry, ReaderPlatform } from '@shared/platform/platform-contract';
import { getDb } from '../storage/db';
import { snapshotLibrary } from '../storage/library-snapshot';

/** Why a daily backup failed, as far as the reader can act on it. */
export type DailyBackupCause = 'disk-full' | 'no-permission' | 'too-large' | 'unexpected';

export type DailyBackupStatus =
  | { state: 'idle' }
  | { state: 'saved'; entry: BackupEntry }
  | { state: 'failed'; cause: DailyBackupCause; detail: string };

/** True when no daily backup was written on `now`'s (UTC) day. */
export function needsDailyBackup(entries: { created: string; reason: string }[], now: Date): boolean {
  const today = now.toISOString().slice(0, 10);
  return !entries.some((entry) => entry.reason === 'daily' && entry.created.slice(0, 10) === today);
}

/** Errors from main arrive as text only (Electron keeps the message, not the code). */
export function dailyBackupFailure(error: unknown): Extract<DailyBackupStatus, { state: 'failed' }> {
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.replace(/^Error invoking remote method '[^']*': /, '');
  let cause: DailyBackupCause = 'unexpected';
  if (/\b(ENOSPC|EDQUOT)\b/.test(message)) cause = 'disk-full';
  else if (/\b(EACCES|EPERM|EROFS)\b/.test(message)) cause = 'no-permission';
  else if (/\blarger than\b/.test(message)) cause = 'too-large';
  return { state: 'failed', cause, detail };
}

const snapshotStoredLibrary = () => snapshotLibrary(getDb());

/**
 * The desktop app keeps one backup a day in its data folder (the retention rule keeps the last 10);
 * returns how today's went, so a failure is shown to the reader, not only logged.
 */
export function useDailyBackup(
  platform: ReaderPlatform,
  snapshot: () => Promise<string> = snapshotStoredLibrary,
): DailyBackupStatus {
  const [status, setStatus] = useState<DailyBackupStatus>({ state: 'idle' });
  useEffect(() => {
    if (platform.kind !== 'electron') return;
    let live = true;
    void (async () => {
      try {
        if (!needsDailyBackup(await platform.listBackups(), new Date())) return;
        const entry = await platform.writeBackup('daily', await snapshot());
        if (live) setStatus({ state: 'saved', entry });
      } catch (error) {
        console.error('The daily backup could not be written', error);
        if (live) setStatus(dailyBackupFailure(error));
      }
    })();
    return () => {
      live = false;
    };
  }, [platform, snapshot]);
  return status;
}
