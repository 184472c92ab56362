import { useCallback, useState } from 'react';
import type { SaveFileRequest } from '@shared/platform/platform-contract';
import type { DialogStatusMessage } from '../../export/Dialog';
import { useI18n } from '../../i18n/I18nProvider';
import { usePlatform } from '../../platform/PlatformProvider';

/**
 * Saves a file the reader asked for (a pack, their answers) and keeps the sentence that says how it went:
 * `saved` once written, the reason when it failed, nothing when the reader cancelled.
 */
export function useFileSaving(saved: string): {
  status: DialogStatusMessage | null;
  setStatus: (status: DialogStatusMessage | null) => void;
  save: (request: () => Promise<SaveFileRequest>) => Promise<void>;
} {
  const { t } = useI18n();
  const platform = usePlatform();
  const [status, setStatus] = useState<DialogStatusMessage | null>(null);
  const save = useCallback(
    async (request: () => Promise<SaveFileRequest>) => {
      try {
        const result = await platform.saveFile(await request());
        if (result.status === 'saved') setStatus({ text: saved });
      } catch (error) {
        setStatus({
          text: t('exportFailed', { reason: error instanceof Error ? error.message : String(error) }),
          error: true,
        });
      }
    },
    [platform, saved, t],
  );
  return { status, setStatus, save };
}
