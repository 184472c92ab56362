import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { ArticleDocument } from '@shared/document/document-model';
import { PrintButton } from '../export/PrintButton';
import { useI18n } from '../i18n/I18nProvider';
import type { ColorMeanings } from '../settings/color-settings';
import type { AnchoredAnnotation } from '@shared/annotations/anchored-annotation';

// Export and backup code loads only when a dialog opens: it has no part in showing the article.
const ExportDialog = lazy(() => import('../export/ExportDialog').then((m) => ({ default: m.ExportDialog })));
const BackupDialog = lazy(() => import('../export/BackupDialog').then((m) => ({ default: m.BackupDialog })));

export function MarginActions({
  document,
  items,
  meanings,
  onDeleteAll,
  onPrint,
  extra = null,
}: {
  document: ArticleDocument;
  items: AnchoredAnnotation[];
  meanings: ColorMeanings;
  onDeleteAll: () => void;
  onPrint: () => void;
  /** Actions of other features on this document (preparing a reading pack). */
  extra?: ReactNode;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState<'export' | 'backup' | null>(null);
  const [confirming, setConfirming] = useState(false);
  const close = () => setOpen(null);
  return (
    <div className="margin-actions">
      <button type="button" className="button" onClick={() => setOpen('export')}>
        {t('exportButton')}
      </button>
      <button type="button" className="button" onClick={() => setOpen('backup')}>
        {t('backupButton')}
      </button>
      <PrintButton onPrint={onPrint} />
      {items.length > 0 &&
        (confirming ? (
          <>
            <button
              type="button"
              className="button danger"
              autoFocus
              onClick={() => {
                setConfirming(false);
                onDeleteAll();
              }}
            >
              {t('deleteAllConfirm', { count: items.length })}
            </button>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('restoreCancel')}
            </button>
          </>
        ) : (
          <button type="button" className="button danger" onClick={() => setConfirming(true)}>
            {t('deleteAll')}
          </button>
        ))}
      {extra}
      <Suspense fallback={null}>
        {open === 'export' && (
          <ExportDialog document={document} items={items} meanings={meanings} onClose={close} />
        )}
        {open === 'backup' && <BackupDialog onClose={close} />}
      </Suspense>
    </div>
  );
}
