import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { BLUR_COMMAND, COMMAND_PRIORITY_LOW, HISTORY_MERGE_TAG, mergeRegister } from 'lexical';
import { useEffect, useRef } from 'react';
import type { NoteBody } from '@shared/annotations/annotation-model';
import { noteFromEditorState } from './note-serialization';

/** Quiet time after the last edit before saving: well inside the 500 ms promise. */
export const NOTE_SAVE_DELAY_MS = 300;
/** Someone typing without pause still gets a save this often. */
export const NOTE_SAVE_MAX_WAIT_MS = 2000;

interface NoteSavePluginProps {
  onChange: (note: NoteBody) => void;
  delayMs?: number;
  maxWaitMs?: number;
}

/**
 * Serializes only when a save is due (never per keystroke: a long note costs milliseconds to
 * serialize), and flushes on blur, page hide and unmount so no edit is lost.
 */
export function NoteSavePlugin({
  onChange,
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
      onChangeRef.current(noteFromEditorState(editor.getEditorState()));
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

    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', flushWhenHidden);
    const unregister = mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, prevEditorState, tags }) => {
        // Loading the note, and Lexical re-marking nodes when a plugin registers (tagged
        // history-merge, as OnChangePlugin assumes), change nothing; nor do selection moves.
        if (prevEditorState.isEmpty() || tags.has(HISTORY_MERGE_TAG)) return;
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
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
        window.removeEventListener('pagehide', flush);
        document.removeEventListener('visibilitychange', flushWhenHidden);
      },
    );
    return () => {
      flush();
      unregister();
    };
  }, [editor, delayMs, maxWaitMs]);

  return null;
}
