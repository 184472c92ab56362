import type { NoteBody } from '@shared/annotations/annotation-model';
import { requestPersistentStorage } from './annotation-store';
import type { NoteDraft } from './edit-journal';
import { sessionLockName, WINDOW_SESSION } from './edit-sessions';
import { claimWithWebLocks, replayJournal, type ReplayReport } from './journal-replay';

/** A journaled note as stored: the note editor's serializer derives its text and Markdown (loaded only if needed). */
async function completeNote(draft: NoteDraft): Promise<NoteBody> {
  if ('text' in draft) return draft;
  const { noteFromStateJson } = await import('../notes/note-serialization');
  return noteFromStateJson(draft.editorState);
}

/**
 * What the app's storage needs once per window: persistence asked for, and whatever windows that are gone
 * had typed but not yet saved, committed now. The reader's live queries show it as it lands.
 */
export async function startStorage(): Promise<ReplayReport> {
  // Asks the browser not to evict the annotations under storage pressure.
  void requestPersistentStorage();
  return replayJournal({
    storage: window.localStorage,
    session: WINDOW_SESSION,
    claimSession: claimWithWebLocks(sessionLockName),
    completeNote,
  });
}
