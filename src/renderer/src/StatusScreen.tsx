import { AppHeader } from './AppHeader';
import { MissingDocumentError } from './storage/storage-errors';
import { useI18n } from './i18n/I18nProvider';
import { useDismissPrerenderedShell } from './reader/prerendered-shell';

/** What the window shows while something loads, or why it could not. */
export function StatusScreen({ error, onLibrary }: { error: Error | null; onLibrary: () => void }) {
  const { t } = useI18n();
  // While loading, the prerendered article stays in view; an error replaces it.
  useDismissPrerenderedShell(error !== null);
  return (
    <>
      <AppHeader onLibrary={onLibrary} />
      <p className={`status-message${error ? ' error' : ''}`} role={error ? 'alert' : 'status'}>
        {error instanceof MissingDocumentError
          ? t('documentMissing')
          : error
            ? t('loadFailed', { reason: error.message })
            : t('loading')}
      </p>
    </>
  );
}
