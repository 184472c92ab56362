import { sanitizeNoteState } from '../notes/sanitize-note-state';
import type { Annotation } from './annotation-model';
import { conflictCopyOf } from './merge-edit';

export interface StoredFixes {
  /** Keys to delete (upper-case ids moving to their lower-case key). */
  remove: string[];
  /** Records to write under their (lower-case) id. */
  put: Annotation[];
}

/**
 * What schema 4 changes in a library written before it: ids stored lower-case (an upper-case copy of an id
 * was once restored as a second highlight), and note states that earlier restores let in unsanitized.
 * When two records fold to one id, the newer keeps it and the other is kept as its conflict copy.
 */
export function normalizeStored(records: readonly Annotation[], conflictTag: string): StoredFixes {
  const byKey = new Map<string, Annotation[]>();
  for (const record of records) {
    const key = record.id.toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), record]);
  }
  const fixes: StoredFixes = { remove: [], put: [] };
  for (const [key, group] of byKey) {
    const [newest, ...older] = [...group].sort((a, b) => b.modified.localeCompare(a.modified));
    if (group.length === 1 && newest!.id === key) {
      const fixed = sanitized(newest!);
      if (fixed !== newest) fixes.put.push(fixed);
      continue;
    }
    fixes.remove.push(...group.filter((record) => record.id !== key).map((record) => record.id));
    fixes.put.push(sanitized({ ...newest!, id: key }));
    for (const other of older) fixes.put.push(sanitized(conflictCopyOf({ ...other, id: key }, conflictTag)));
  }
  return fixes;
}

/** The record with its note state sanitized, or the record itself when nothing changed. */
function sanitized(record: Annotation): Annotation {
  // No state is no rich text to clean: the note stays as it was stored.
  if (record.note.editorState === null) return record;
  const note = sanitizeNoteState(record.note.editorState, record.note.text);
  return note.changed ? { ...record, note: { ...record.note, editorState: note.editorState } } : record;
}
