import { useMemo, useState } from 'react';
import { createPortal } from 'react-dom';
import { suggestedExportName } from '@shared/export/file-name';
import { printLayout } from '@shared/export/print-layout';
import { useI18n } from '../i18n/I18nProvider';
import { usePlatform } from '../platform/PlatformProvider';
import { Dialog, DialogStatus, type DialogStatusMessage, type DocumentDialogProps } from './Dialog';
import { PrintCopy, type NotePlacement } from './PrintCopy';

/**
 * The print options. While the dialog is open the printed copy of the article is in the page (hidden on
 * screen, shown in print), so the platform's print — the browser's or Electron's printToPDF — finds it.
 */
export function PrintDialog({ document, items, meanings, onClose }: DocumentDialogProps) {
  const { t } = useI18n();
  const platform = usePlatform();
  const [placement, setPlacement] = useState<NotePlacement>('footnotes');
  const [status, setStatus] = useState<DialogStatusMessage | null>(null);
  const layout = useMemo(() => printLayout(document.text, document.blocks, items), [document, items]);

  const print = async () => {
    setStatus(null);
    try {
      const result = await platform.printToPdf(suggestedExportName(document.title, 'pdf'));
      if (result.status === 'saved') setStatus({ text: t('printSaved', { path: result.path }) });
    } catch (error) {
      setStatus({
        text: t('printFailed', { reason: error instanceof Error ? error.message : String(error) }),
        error: true,
      });
    }
  };

  const placements: [NotePlacement, string][] = [
    ['footnotes', t('printFootnotes')],
    ['margin', t('printMarginNotes')],
  ];
  return (
    <>
      <Dialog title={t('printTitle')} onClose={onClose}>
        <form className="dialog-body" onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend>{t('printNotesPlacement')}</legend>
            {placements.map(([option, label]) => (
              <label key={option}>
                <input
                  type="radio"
                  name="print-notes"
                  checked={placement === option}
                  onChange={() => setPlacement(option)}
                />
                {label}
              </label>
            ))}
          </fieldset>
          <p className="dialog-note">{t('printHint')}</p>
          <div className="dialog-actions">
            <button type="button" className="button primary" onClick={() => void print()}>
              {t('printGo')}
            </button>
          </div>
          <DialogStatus status={status} />
        </form>
      </Dialog>
      {createPortal(
        <PrintCopy document={document} layout={layout} placement={placement} meanings={meanings} />,
        window.document.body,
      )}
    </>
  );
}
