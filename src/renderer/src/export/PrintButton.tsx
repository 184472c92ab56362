import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import type { AnchoredAnnotation } from '@shared/annotations/anchored-annotation';
import type { ArticleDocument } from '@shared/document/document-model';
import { useI18n } from '../i18n/I18nProvider';
import type { ColorMeanings } from '../settings/color-settings';

// The print view loads when the reader asks to print: it has no part in showing the article.
const PrintDialog = lazy(() => import('./PrintDialog').then((m) => ({ default: m.PrintDialog })));

/** Ctrl/Cmd+P on any keyboard layout (`code` names the key, `key` would be "ح" on an Arabic one). */
function isPrintShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    (event.code === 'KeyP' || event.key.toLowerCase() === 'p')
  );
}

/**
 * The print options, opened by Ctrl/Cmd+P wherever the focus is (the reader mounts this for as long as
 * the article shows) or by `open` (the margin's "Print / Save as PDF" button); they print through the platform.
 */
export function usePrintDialog(
  document: ArticleDocument,
  items: AnchoredAnnotation[],
  meanings: ColorMeanings,
): { open: () => void; dialog: ReactNode } {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isPrintShortcut(event)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
  const dialog = (
    <Suspense fallback={null}>
      {open && (
        <PrintDialog document={document} items={items} meanings={meanings} onClose={() => setOpen(false)} />
      )}
    </Suspense>
  );
  return { open: () => setOpen(true), dialog };
}

export function PrintButton({ onPrint }: { onPrint: () => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className="button"
      aria-haspopup="dialog"
      aria-keyshortcuts="Control+P Meta+P"
      onClick={onPrint}
    >
      {t('printButton')}
    </button>
  );
}
