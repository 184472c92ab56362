import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_CRITICAL, FORMAT_TEXT_COMMAND } from 'lexical';
import { useEffect } from 'react';
import { NOTE_TEXT_FORMATS } from './note-editor-config';

/** Swallows formats Markdown cannot carry (Ctrl+U underline…), so what you see is what gets exported. */
export function NoteFormatGuardPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        FORMAT_TEXT_COMMAND,
        (format) => !NOTE_TEXT_FORMATS.has(format),
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );
  return null;
}
