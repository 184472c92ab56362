import { contentHash } from '../document/content-hash';
import type { Annotation, HighlightColor, NoteBody } from './annotation-model';
import { uuidFrom } from './derived-id';

/** What a reader changes on an annotation from the margin: its note, its tags, its colour; on an answer, the choice. */
export interface AnnotationEdit {
  note?: NoteBody;
  tags?: string[];
  color?: HighlightColor;
  choice?: number;
}

/**
 * The version an edit was made on, small enough to journal on every keystroke: the record without its
 * note, and a key of the note's content in place of the note itself.
 */
export interface EditBase {
  record: Omit<Annotation, 'note'>;
  noteKey: string;
}

export interface EditOutcome {
  /** The record to write under the annotation's id; null when there is nothing to write. */
  record: Annotation | null;
  /** The other version, kept beside it when both sides changed the same field; null when they merged. */
  conflictCopy: Annotation | null;
}

/** Identifies a note's content without holding it (a note may be 100,000 characters). */
export function noteKey(note: NoteBody): string {
  return `${note.text.length}:${contentHash(`${note.editorState ?? ''}\u0000${note.text}\u0000${note.markdown}`)}`;
}

export function editBaseOf(annotation: Annotation): EditBase {
  const { note, ...record } = annotation;
  return { record, noteKey: noteKey(note) };
}

/** Strictly after `previous`, so compare-and-set on `modified` always sees a change. */
export function nextModified(now: Date, previous: string): string {
  const after = Date.parse(previous) + 1;
  return new Date(Number.isNaN(after) ? now.getTime() : Math.max(now.getTime(), after)).toISOString();
}

/** Tags merge as sets: what this side added or removed since the base, applied to the other side's tags. */
export function mergeTags(
  base: readonly string[],
  mine: readonly string[],
  theirs: readonly string[],
): string[] {
  const added = mine.filter((tag) => !base.includes(tag));
  const removed = new Set(base.filter((tag) => !mine.includes(tag)));
  return [...theirs.filter((tag) => !removed.has(tag)), ...added.filter((tag) => !theirs.includes(tag))];
}

/**
 * Compare-and-set with a three-way merge, the one rule for every save of an edit (the live editor, a
 * replayed journal): `current` is the record as stored now, `base` the version the edit was made on.
 * - Unchanged since the base: the edit applies.
 * - Changed elsewhere: fields only one side changed merge (tags as sets); a field both sides changed keeps
 *   this side's value under the id, and the stored version is kept whole as a conflict copy the reader
 *   can resolve. Nothing either side wrote is lost.
 * - Gone (deleted elsewhere): an edit holding a note re-creates it, since it holds words the reader typed;
 *   a change of tags or colour alone is dropped with the annotation.
 */
export function mergeEdit(input: {
  base: EditBase;
  edit: AnnotationEdit;
  current: Annotation | undefined;
  now: Date;
  conflictTag: string;
}): EditOutcome {
  const { base, edit, current, now, conflictTag } = input;
  if (current === undefined) {
    if (!edit.note) return { record: null, conflictCopy: null };
    const record = { ...base.record, ...edit, note: edit.note };
    return { record: { ...record, modified: nextModified(now, base.record.modified) }, conflictCopy: null };
  }
  const modified = nextModified(now, current.modified);
  if (current.modified === base.record.modified) {
    return { record: { ...current, ...edit, modified }, conflictCopy: null };
  }

  const record: Annotation = { ...current, modified };
  let conflict = false;
  if (edit.tags) record.tags = mergeTags(base.record.tags, edit.tags, current.tags);
  if (edit.color !== undefined) {
    conflict ||= current.color !== base.record.color && current.color !== edit.color;
    record.color = edit.color;
  }
  if (edit.choice !== undefined) {
    conflict ||= current.choice !== base.record.choice && current.choice !== edit.choice;
    record.choice = edit.choice;
  }
  if (edit.note) {
    const theirs = noteKey(current.note);
    conflict ||= theirs !== base.noteKey && theirs !== noteKey(edit.note);
    record.note = edit.note;
  }
  if (!conflict) return { record, conflictCopy: null };
  return { record, conflictCopy: conflictCopyOf(current, conflictTag) };
}

/** A whole earlier version beside the annotation; its id derives from the version, so it is made once. */
export function conflictCopyOf(version: Annotation, conflictTag: string): Annotation {
  const tag = conflictTag.normalize('NFC');
  return {
    ...version,
    id: uuidFrom(`${version.id}\u0000${version.modified}\u0000${noteKey(version.note)}`),
    tags: version.tags.includes(tag) ? version.tags : [...version.tags, tag],
    conflictOf: version.conflictOf ?? version.id,
  };
}
