import { useCallback, useState } from 'react';
import { useI18n } from '../../i18n/I18nProvider';
import { useReaders } from '../../storage/reader-store';
import { ReadersDialog } from './ReadersDialog';
import './readers.css';

/** The header's current reader, once a laptop has two readers or more: opens the readers dialog. */
export function ReaderSwitcher() {
  const { t } = useI18n();
  const roster = useReaders();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  // One reader: nothing on screen, exactly as before profiles existed.
  if (!roster || (roster.readers.length < 2 && !open)) return null;
  const name = roster.current.name;
  return (
    <>
      <button
        type="button"
        className="button reader-current"
        aria-haspopup="dialog"
        aria-label={t('readerCurrentLabel', { name })}
        title={t('readerCurrentLabel', { name })}
        onClick={() => setOpen(true)}
      >
        <bdi>{name}</bdi>
      </button>
      {open && <ReadersDialog onClose={close} />}
    </>
  );
}
