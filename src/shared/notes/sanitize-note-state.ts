import { MAX_NOTE_STATE_CHARS } from './note-state-rules';
import type { NoteTree } from './note-tree';
import { minimumJsonChars, noteTreeText, noteTreeToJson } from './note-tree-json';
import { stateFromPlainText } from './plain-text-note-state';
import { isJsonObject, ownField, readNoteTree } from './read-note-tree';

export interface SanitizedNoteState {
  /** A state the note editor loads as it would its own, or null when no words are left. */
  editorState: string | null;
  /** False when the state was already exactly what this returns (our own editor's states are). */
  changed: boolean;
}

/**
 * The one gate for a note's Lexical state that did not come from this editor in this session
 * (a backup being restored, any import). Rebuilds it from an allow-list: only the note editor's
 * node types and fields, no inline style, formats and sizes bounded, links unwrapped to their words.
 * A state that cannot be read is rebuilt from `fallbackText` (the note's stored plain text) so the
 * reader's words survive; a note left without words is null, as the editor stores a blank note.
 * Pure and idempotent.
 */
export function sanitizeNoteState(editorState: string | null, fallbackText = ''): SanitizedNoteState {
  const readable = editorState !== null && editorState.length <= MAX_NOTE_STATE_CHARS;
  const sanitized = sanitizeParsedNoteState(readable ? parseJson(editorState) : undefined, fallbackText);
  return { editorState: sanitized, changed: sanitized !== editorState };
}

/** The same gate for a state already parsed (an importer holding objects): returns the state's JSON. */
export function sanitizeParsedNoteState(state: unknown, fallbackText = ''): string | null {
  const root = isJsonObject(state) ? ownField(state, 'root') : undefined;
  if (isJsonObject(root)) {
    const tree = readNoteTree(root);
    const text = noteTreeText(tree);
    if (text.trim() !== '') return boundedState(tree, text);
  }
  return stateFromPlainText(fallbackText);
}

/** A tree too large to store whole keeps its words as plain text instead. */
function boundedState(tree: NoteTree, text: string): string | null {
  const json = minimumJsonChars(tree) <= MAX_NOTE_STATE_CHARS ? noteTreeToJson(tree) : null;
  return json !== null && json.length <= MAX_NOTE_STATE_CHARS ? json : stateFromPlainText(text);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
