import { useCallback, useRef } from 'react';
import type { ReadingPack } from '@shared/classroom/classroom-model';
import { useSaveTracker } from '../../margin/save-status';
import { updatePack } from '../../storage/pack-store';

export type PackChange = (pack: ReadingPack, now: Date) => ReadingPack;

/**
 * The teacher's changes to a pack, written in order: changes made while a write is under way go together
 * in the next one, so typing never queues a write per key, and each write is a transaction of its own.
 * The margin's "saving…/saved" badge follows them (a failed write says so there).
 */
export function usePackEdits(packId: string): (edit: PackChange) => void {
  const { track } = useSaveTracker();
  const pending = useRef<PackChange[]>([]);
  const writing = useRef(false);

  const drain = useCallback(async () => {
    if (writing.current) return;
    writing.current = true;
    try {
      while (pending.current.length > 0) {
        const batch = pending.current.splice(0);
        const now = new Date();
        await track(updatePack(packId, (pack) => batch.reduce((next, edit) => edit(next, now), pack), now));
      }
    } finally {
      writing.current = false;
    }
  }, [packId, track]);

  return useCallback(
    (edit: PackChange) => {
      pending.current.push(edit);
      void drain();
    },
    [drain],
  );
}
