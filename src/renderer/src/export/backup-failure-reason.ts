import type { MessageKey } from '../i18n/catalog';
import type { Params } from '../i18n/messages';
import { dailyBackupFailure, type DailyBackupCause } from './useDailyBackup';

const CAUSES: Record<DailyBackupCause, MessageKey> = {
  'disk-full': 'dailyBackupDiskFull',
  'no-permission': 'dailyBackupNoPermission',
  'too-large': 'dailyBackupTooLarge',
  unexpected: 'dailyBackupUnexpected',
};

/** Why writing a backup failed, as a clause the reader can act on. */
export function backupFailureReason(
  t: (key: MessageKey, params?: Params) => string,
  failure: { cause: DailyBackupCause; detail: string },
): string {
  return t(CAUSES[failure.cause], { detail: failure.detail });
}

export function backupErrorReason(t: (key: MessageKey, params?: Params) => string, error: unknown): string {
  return backupFailureReason(t, dailyBackupFailure(error));
}
