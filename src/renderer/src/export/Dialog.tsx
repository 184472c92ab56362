import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { AnchoredAnnotation } from '@shared/annotations/anchored-annotation';
import type { ArticleDocument } from '@shared/document/document-model';
import { useI18n } from '../i18n/I18nProvider';
import type { ColorMeanings } from '../settings/color-settings';

/** A native modal dialog: the browser traps focus, Esc closes it, and focus returns where it was. */
export function Dialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    dialog.addEventListener('close', onClose);
    return () => dialog.removeEventListener('close', onClose);
  }, [onClose]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId}>
      <div className="dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="button icon-button"
          aria-label={t('close')}
          onClick={() => ref.current?.close()}
        >
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}

/** What an action in a dialog did: announced politely, or as an alert when it failed. */
export interface DialogStatusMessage {
  text: string;
  error?: boolean;
}

export function DialogStatus({ status }: { status: DialogStatusMessage | null }) {
  if (!status) return null;
  return (
    <p className={`dialog-status${status.error ? ' error' : ''}`} role={status.error ? 'alert' : 'status'}>
      {status.text}
    </p>
  );
}

/** What a dialog about the open document (export, print) is given. */
export interface DocumentDialogProps {
  document: ArticleDocument;
  items: AnchoredAnnotation[];
  meanings: ColorMeanings;
  onClose: () => void;
}
