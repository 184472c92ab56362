import type { BackupIssue, BackupIssueCode } from '@shared/backup/parse-backup';
import type { UiLanguage } from '@shared/platform/platform-contract';
import { messages, type MessageKey } from '../i18n/catalog';
import { formatMessage } from '../i18n/messages';

const KEYS: Record<BackupIssueCode, MessageKey> = {
  'too-large': 'backupIssueTooLarge',
  'not-utf8': 'backupIssueNotUtf8',
  empty: 'backupIssueEmpty',
  'not-json': 'backupIssueNotJson',
  truncated: 'backupIssueTruncated',
  'not-a-backup': 'backupIssueNotABackup',
  'future-version': 'backupIssueFutureVersion',
  'too-many-annotations': 'backupIssueTooManyAnnotations',
  'invalid-field': 'backupIssueInvalidField',
  'duplicate-id': 'backupIssueDuplicateId',
  'selector-out-of-range': 'backupIssueSelectorOutOfRange',
};

/** The sentence shown to the reader for one restore problem, in their language. */
export function describeBackupIssue(issue: BackupIssue, language: UiLanguage): string {
  return formatMessage(language, messages[language][KEYS[issue.code]], {
    path: issue.path,
    detail: issue.detail ?? '',
  });
}
