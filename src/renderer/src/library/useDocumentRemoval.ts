import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { usePlatform } from '../platform/PlatformProvider';
import { backupErrorReason } from '../export/backup-failure-reason';
import { UNDO_WINDOW_MS } from '../margin/useUndoableDelete';
import type { DeletedDocument } from './document-library';
import { useDocumentLibrary } from './LibraryProvider';

export type RemovalNotice =
  | { kind: 'deleted'; title: string; deleted: DeletedDocument }
  | { kind: 'restored'; title: string }
  | { kind: 'failed'; message: string };

/**
 * Deleting a document: a backup of the whole library first (nothing is deleted if it fails), then the
 * document and its annotations in one transaction, with an undo offer for UNDO_WINDOW_MS.
 */
export function useDocumentRemoval() {
  const { t } = useI18n();
  const platform = usePlatform();
  const library = useDocumentLibrary();
  const [notice, setNotice] = useState<RemovalNotice | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const show = useCallback((next: RemovalNotice | null, lasts = UNDO_WINDOW_MS) => {
    clearTimeout(timer.current);
    setNotice(next);
    if (next && next.kind !== 'failed') timer.current = setTimeout(() => setNotice(null), lasts);
  }, []);

  const remove = useCallback(
    async (id: string, title: string) => {
      let backupFailed: unknown = null;
      try {
        const deleted = await library.deleteDocument(id, (content) =>
          platform.writeBackup('before-delete', content).catch((error: unknown) => {
            backupFailed = error;
            throw error;
          }),
        );
        show({ kind: 'deleted', title, deleted });
      } catch (error) {
        console.error(`Deleting ${id} failed`, error);
        const message = backupFailed
          ? t('deleteBackupFailed', { reason: backupErrorReason(t, backupFailed) })
          : t('deleteFailed');
        show({ kind: 'failed', message });
      }
    },
    [library, platform, show, t],
  );

  const undo = useCallback(async () => {
    if (notice?.kind !== 'deleted') return;
    const { deleted, title } = notice;
    clearTimeout(timer.current);
    try {
      await library.undoDelete(deleted);
      show({ kind: 'restored', title }, 4000);
    } catch (error) {
      console.error('Undoing a deletion failed', error);
      show({ kind: 'failed', message: t('undoDeleteFailed') });
    }
  }, [library, notice, show, t]);

  return { notice, remove, undo, dismiss: () => show(null) };
}
