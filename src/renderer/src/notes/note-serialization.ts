import { createHeadlessEditor } from '@lexical/headless';
import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import { $getRoot, type EditorState, type LexicalEditor } from 'lexical';
import { EMPTY_NOTE, type NoteBody } from '@shared/annotations/annotation-model';
import { NOTE_EDITOR_CONFIG, NOTE_TRANSFORMERS } from './note-editor-config';

/** The whole note; `json` is the editor state's JSON when the caller already has it. */
export function noteFromEditorState(editorState: EditorState, json?: string): NoteBody {
  return editorState.read(() => {
    const text = $getRoot().getTextContent();
    // Whitespace and empty blocks alone say nothing: store no note rather than an invisible one.
    if (text.trim() === '') return { ...EMPTY_NOTE };
    return {
      editorState: json ?? JSON.stringify(editorState.toJSON()),
      text,
      markdown: $convertToMarkdownString(NOTE_TRANSFORMERS),
    };
  });
}

/** A DOM-free editor with the note's nodes, for Node (tests, export) and for work off the visible editor. */
export function createHeadlessNoteEditor(): LexicalEditor {
  return createHeadlessEditor({ ...NOTE_EDITOR_CONFIG, nodes: [...NOTE_EDITOR_CONFIG.nodes] });
}

export function noteFromMarkdown(markdown: string): NoteBody {
  const editor = createHeadlessNoteEditor();
  editor.update(() => $convertFromMarkdownString(markdown, NOTE_TRANSFORMERS), { discrete: true });
  return noteFromEditorState(editor.getEditorState());
}

/** A note's stored or journaled editor state as the whole note (text and Markdown derived from it). */
export function noteFromStateJson(editorState: string): NoteBody {
  const editor = createHeadlessNoteEditor();
  editor.setEditorState(editor.parseEditorState(editorState));
  return noteFromEditorState(editor.getEditorState());
}
