import { AppHeader } from './AppHeader';
import { useI18n } from './i18n/I18nProvider';

/** What the window shows while something loads, or why it could not. */
export function StatusScreen({ error, onLibrary }: { error: Error | null; onLibrary: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <AppHeader onLibrary={onLibrary} />
      <p className={`status-message${error ? ' error' : ''}`} role={error ? 'alert' : 'status'}>
        {error ? t('loadFailed', { reason: error.message }) : t('loading')}
      </p>
    </>
  );
}
