import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

/**
 * Focuses the note as it opens, unless the reader is typing in another field by then: the editor loads
 * lazily, and taking the focus then would send what they type (a tag, say) into the note.
 */
export function NoteAutoFocusPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const active = document.activeElement;
    const root = editor.getRootElement();
    if (root === null || (active !== null && root.contains(active))) return;
    if (active instanceof HTMLElement && active.matches('input, textarea, select, [contenteditable="true"]'))
      return;
    editor.focus(() => root.focus({ preventScroll: true }));
  }, [editor]);
  return null;
}
