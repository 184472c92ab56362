import { useEffect } from 'react';
import type { ReaderPlatform } from '@shared/platform/platform-contract';
import { getDb } from '../storage/db';
import { snapshotLibrary } from '../storage/library-snapshot';

/** True when no daily backup was written on `now`'s (UTC) day. */
export function needsDailyBackup(entries: { created: string; reason: string }[], now: Date): boolean {
  const today = now.toISOString().slice(0, 10);
  return !entries.some((entry) => entry.reason === 'daily' && entry.created.slice(0, 10) === today);
}

/** The desktop app keeps one backup a day in its data folder (main keeps the last 10). */
export function useDailyBackup(platform: ReaderPlatform): void {
  useEffect(() => {
    if (platform.kind !== 'electron') return;
    void (async () => {
      try {
        if (!needsDailyBackup(await platform.listBackups(), new Date())) return;
        await platform.writeBackup('daily', await snapshotLibrary(getDb()));
      } catch (error) {
        console.error('The daily backup could not be written', error);
      }
    })();
  }, [platform]);
}
