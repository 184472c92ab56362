import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation } from '@shared/annotations/annotation-model';
import { useI18n } from '../i18n/I18nProvider';
import { deleteAnnotations, restoreDeleted } from '../storage/annotation-store';
import { flushEdits } from '../storage/edit-sessions';
import { isModifierShortcut } from '../reader/reader-shortcuts';
import { useAnnounce } from './Announcer';
import { useSaveTracker } from './save-status';

/** How long the undo offer stays on screen; Ctrl/Cmd+Z works for as long as it shows. */
export const UNDO_WINDOW_MS = 15_000;

function isEditable(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return (
    !!element && (element.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName))
  );
}

export function useUndoableDelete(): {
  deleted: Annotation[] | null;
  remove: (ids: string[]) => Promise<void>;
  undo: () => Promise<void>;
  dismiss: () => void;
} {
  const { t } = useI18n();
  const announce = useAnnounce();
  const { track } = useSaveTracker();
  const [deleted, setDeleted] = useState<Annotation[] | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const dismiss = useCallback(() => {
    clearTimeout(timer.current);
    setDeleted(null);
  }, []);

  const remove = useCallback(
    async (ids: string[]) => {
      // What was typed in an open editor is saved first, so undo brings back the latest words.
      await flushEdits(ids);
      const removed = await track(deleteAnnotations(ids));
      if (!removed || removed.length === 0) return;
      setDeleted(removed);
      announce(t('deleted', { count: removed.length }));
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setDeleted(null), UNDO_WINDOW_MS);
    },
    [announce, t, track],
  );

  const undo = useCallback(async () => {
    if (!deleted) return;
    dismiss();
    await track(restoreDeleted(deleted));
    announce(t('undone'));
  }, [announce, deleted, dismiss, t, track]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      // By the physical key too: on the Arabic layout Ctrl+Z arrives as Ctrl+ئ.
      if (event.shiftKey || !isModifierShortcut(event, 'z') || !deleted || isEditable(event.target)) return;
      event.preventDefault();
      void undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [deleted, undo]);

  useEffect(() => () => clearTimeout(timer.current), []);
  return { deleted, remove, undo, dismiss };
}

export function UndoToast({
  deleted,
  onUndo,
  onDismiss,
}: {
  deleted: Annotation[] | null;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  if (!deleted) return null;
  return (
    <div className="toast" role="region" aria-label={t('deleted', { count: deleted.length })}>
      <span>{t('deleted', { count: deleted.length })}</span>
      <button type="button" className="button primary" onClick={onUndo}>
        {t('undo')} <kbd>Ctrl+Z</kbd>
      </button>
      <button type="button" className="button icon-button" onClick={onDismiss} aria-label={t('dismiss')}>
        ×
      </button>
    </div>
  );
}
