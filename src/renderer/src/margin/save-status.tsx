import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { useEditState } from '../storage/edit-sessions';
import { StorageFullError } from '../storage/storage-errors';

type Status = 'idle' | 'saving' | 'saved' | 'error' | 'full';
interface SaveTracker {
  status: Status;
  track: <T>(write: Promise<T>) => Promise<T | undefined>;
}

const SaveContext = createContext<SaveTracker | null>(null);

/**
 * Every write to the store goes through `track`, and every open edit reports whether it is committed, so
 * the margin says "saved" only when everything typed is in IndexedDB.
 */
export function SaveStatusProvider({ children }: { children: ReactNode }) {
  const [tracked, setStatus] = useState<Status>('idle');
  const edits = useEditState();
  const editsSeen = useRef(false);
  if (edits.unsaved) editsSeen.current = true;
  const status: Status =
    edits.error !== null
      ? edits.error instanceof StorageFullError
        ? 'full'
        : 'error'
      : edits.unsaved || tracked === 'saving'
        ? 'saving'
        : tracked === 'idle' && editsSeen.current
          ? 'saved'
          : tracked;
  const pending = useRef(0);
  const track = useCallback(async <T,>(write: Promise<T>) => {
    pending.current++;
    setStatus('saving');
    try {
      const result = await write;
      pending.current--;
      if (pending.current === 0) setStatus('saved');
      return result;
    } catch (error) {
      pending.current--;
      console.error('Saving failed', error);
      setStatus(error instanceof StorageFullError ? 'full' : 'error');
      return undefined;
    }
  }, []);
  const value = useMemo(() => ({ status, track }), [status, track]);
  return <SaveContext.Provider value={value}>{children}</SaveContext.Provider>;
}

export function useSaveTracker(): SaveTracker {
  const tracker = useContext(SaveContext);
  if (!tracker) throw new Error('useSaveTracker outside SaveStatusProvider');
  return tracker;
}

export function SaveStatusBadge() {
  const { status } = useSaveTracker();
  const { t } = useI18n();
  if (status === 'idle') return null;
  const text = { saving: t('saving'), saved: t('saved'), error: t('saveFailed'), full: t('storageFull') }[
    status
  ];
  return (
    <p
      className={`save-status save-status-${status}`}
      role={status === 'full' || status === 'error' ? 'alert' : 'status'}
    >
      {text}
    </p>
  );
}
