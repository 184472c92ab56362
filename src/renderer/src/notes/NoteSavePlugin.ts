import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, HISTORY_MERGE_TAG, mergeRegister } from 'lexical';
import { useEffect, useRef } from 'react';
import type { NoteBody } from '@shared/annotations/annotation-model';
import { assembleDraft, type ChunkedDraft } from '@shared/notes/note-draft-chunks';
import { createDraftSerializer } from './draft-serializer';
import { noteFromEditorState } from './note-serialization';

/** Quiet time after the last edit before saving: well inside the 500 ms promise. */
export const NOTE_SAVE_DELAY_MS = 300;
/** Someone typing without pause still gets a save this often. */
export const NOTE_SAVE_MAX_WAIT_MS = 2000;

/** Where each keystroke is journaled at once, before the debounced save (see storage/edit-session.ts). */
export interface NoteJournal {
  typeNote(draft: ChunkedDraft): void;
  /** Lets a save that is due early (a delete, a closing window) serialize the note; returns the detach. */
  attachSerializer(serialize: () => NoteBody): () => void;
}

interface NoteSavePluginProps {
  onChange: (note: NoteBody) => void;
  journal?: NoteJournal;
  delayMs?: number;
  maxWaitMs?: number;
}

/**
 * Journals every change synchronously as the editor's JSON in chunks, re-serializing only the blocks the
 * change touched (a keystroke in a long note stays cheap), and serializes the whole note (text, Markdown)
 * only when a save is due: after a pause, on blur, page hide and unmount.
 */
export function NoteSavePlugin({
  onChange,
  journal,
  delayMs = NOTE_SAVE_DELAY_MS,
  maxWaitMs = NOTE_SAVE_MAX_WAIT_MS,
}: NoteSavePluginProps): null {
  const [editor] = useLexicalComposerContext();
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let firstPendingAt: number | null = null;

    const flush = () => {
      clearTimeout(timer);
      timer = undefined;
      if (firstPendingAt === null) return;
      firstPendingAt = null;
      onChangeRef.current(wholeNote());
    };
    // The blocks the journal already serialized make the saved editor state too.
    const wholeNote = () => {
      const editorState = editor.getEditorState();
      const { shell, chunks } = serializer.draft(editorState);
      return noteFromEditorState(
        editorState,
        assembleDraft(
          shell,
          chunks.map((chunk) => chunk.json),
        ),
      );
    };
    const schedule = () => {
      const now = Date.now();
      firstPendingAt ??= now;
      clearTimeout(timer);
      timer = setTimeout(flush, Math.min(delayMs, Math.max(0, firstPendingAt + maxWaitMs - now)));
    };
    const flushWhenHidden = () => {
      if (document.visibilityState === 'hidden') flush();
    };

    const serializer = createDraftSerializer();
    // Serialized while the reader reads, so that the first keystroke, too, serializes one block.
    const primer = requestIdle(() => serializer.draft(editor.getEditorState()));
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        serializer.invalidate(editorState, { dirtyElements, dirtyLeaves });
        // Loading the note, and Lexical re-marking nodes when a plugin registers (tagged
        // history-merge, as OnChangePlugin assumes), change nothing; nor do selection moves.
        if (prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        journal?.typeNote(serializer.draft(editorState));
        schedule();
      }),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          flush();
          return false;
        },
        COMMAND_PRIORITY_LOW,
      ),
      () => {
        primer.cancel();
        window.removeEventListener('pagehide', flush);
        document.removeEventListener('visibilitychange', flushWhenHidden);
      },
    );
    const detach = journal?.attachSerializer(() => {
      // The save is being taken now: the debounced one has nothing left to do.
      clearTimeout(timer);
      timer = undefined;
      firstPendingAt = null;
      return wholeNote();
    });
    return () => {
      flush();
      detach?.();
      unregister();
    };
  }, [editor, journal, delayMs, maxWaitMs]);

  return null;
}

/** Runs `work` when the main thread is idle (soon, where the browser cannot tell). */
function requestIdle(work: () => void): { cancel: () => void } {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 2_000 });
    return { cancel: () => cancelIdleCallback(handle) };
  }
  const timer = setTimeout(work, 0);
  return { cancel: () => clearTimeout(timer) };
}
