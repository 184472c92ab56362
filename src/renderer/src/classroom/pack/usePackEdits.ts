import { useCallback, useRef } from 'react';
import type { ReadingPack } from '@shared/classroom/classroom-model';
import { applyTypedEdit, type TypedPackEdit } from '@shared/classroom/pack-edits';
import { useSaveTracker } from '../../margin/save-status';
import { clearJournalEntry, writeJournalEntry, type PackTextJournalEntry } from '../../storage/edit-journal';
import { WINDOW_SESSION } from '../../storage/edit-sessions';
import { updatePack } from '../../storage/pack-store';

export type PackChange = (pack: ReadingPack, now: Date) => ReadingPack;

/** Increasing across reloads too, so a commit never clears a newer entry of the same field. */
let seq = 0;

/**
 * The teacher's changes to a pack, written in order: changes made while a write is under way go together
 * in the next one, so typing never queues a write per key, and each write is a transaction of its own.
 * What is typed is journaled first, synchronously (edit-journal.ts), so a window closed before the write
 * commits loses nothing: the next start replays it. The margin's "saving…/saved" badge follows the writes.
 */
export function usePackEdits(packId: string): {
  change: (edit: PackChange) => void;
  type: (edit: TypedPackEdit) => void;
} {
  const { track } = useSaveTracker();
  const pending = useRef<{ edit: PackChange; journaled: PackTextJournalEntry | null }[]>([]);
  const writing = useRef(false);

  const drain = useCallback(async () => {
    if (writing.current) return;
    writing.current = true;
    try {
      while (pending.current.length > 0) {
        const batch = pending.current.splice(0);
        const now = new Date();
        const saved = await track(
          updatePack(packId, (pack) => batch.reduce((next, { edit }) => edit(next, now), pack), now),
        );
        if (!saved) continue;
        for (const { journaled } of batch) if (journaled) clearJournalEntry(localStorage, journaled);
      }
    } finally {
      writing.current = false;
    }
  }, [packId, track]);

  const change = useCallback(
    (edit: PackChange) => {
      pending.current.push({ edit, journaled: null });
      void drain();
    },
    [drain],
  );
  const type = useCallback(
    (edit: TypedPackEdit) => {
      const journaled: PackTextJournalEntry = {
        kind: 'pack-text',
        session: WINDOW_SESSION,
        seq: (seq = Math.max(Date.now(), seq + 1)),
        at: new Date().toISOString(),
        packId,
        edit,
      };
      writeJournalEntry(localStorage, journaled);
      pending.current.push({ edit: (pack, now) => applyTypedEdit(pack, edit, now), journaled });
      void drain();
    },
    [drain, packId],
  );
  return { change, type };
}
