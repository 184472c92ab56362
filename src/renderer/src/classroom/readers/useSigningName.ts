import { useCallback } from 'react';
import { DEFAULT_READER } from '@shared/annotations/annotation-model';
import { useI18n } from '../../i18n/I18nProvider';
import { renameReader, useReaders } from '../../storage/reader-store';
import { READER_NAME_MAX, useSettings, writeSetting } from '../../storage/settings-store';
import { NAME_PROBLEM_KEYS } from './name-problem-keys';

/**
 * The name an export is signed with: the current reader's. The default reader signs with the stored
 * `readerName`, which may stay empty (unsigned), as before profiles; a profile signs with its name.
 * `save` renames the current reader and returns why it refused, as a sentence, or null.
 */
export function useSigningName(): { name: string; save: (typed: string) => Promise<string | null> } {
  const { t } = useI18n();
  const { readerName } = useSettings();
  const current = useReaders()?.current;
  const profile = current && current.id !== DEFAULT_READER.id ? current : null;
  const fallbackName = t('readerDefaultName');
  const save = useCallback(
    async (typed: string) => {
      const trimmed = typed.trim();
      if (trimmed === (profile ? profile.name : readerName)) return null;
      if (!profile && trimmed === '') {
        await writeSetting('readerName', '');
        return null;
      }
      const outcome = await renameReader(profile?.id ?? DEFAULT_READER.id, trimmed, { fallbackName });
      return outcome.status === 'saved'
        ? null
        : t(NAME_PROBLEM_KEYS[outcome.problem], { max: READER_NAME_MAX });
    },
    [fallbackName, profile, readerName, t],
  );
  return { name: profile ? profile.name : readerName, save };
}
