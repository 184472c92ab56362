import { createDraftSerializer } from '@renderer/notes/draft-serializer';
import { createHeadlessNoteEditor, noteFromMarkdown } from '@renderer/notes/note-serialization';
import type { ChunkedDraft } from '@shared/notes/note-draft-chunks';

/** A note as the editor hands it to the journal while it is typed: its editor state in chunks. */
export function typedDraft(markdown: string): ChunkedDraft {
  const editor = createHeadlessNoteEditor();
  editor.setEditorState(editor.parseEditorState(noteFromMarkdown(markdown).editorState!));
  return createDraftSerializer().draft(editor.getEditorState());
}
