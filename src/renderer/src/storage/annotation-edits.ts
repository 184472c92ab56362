import type { Annotation } from '@shared/annotations/annotation-model';
import {
  mergeEdit,
  nextModified,
  type AnnotationEdit,
  type EditBase,
  type EditOutcome,
} from '@shared/annotations/merge-edit';
import { getDb, type HamishDb } from './db';
import { withQuotaCheck } from './storage-errors';

export interface SaveEditOptions {
  /** The reader's word for a conflict copy's tag. */
  conflictTag: string;
  now?: Date;
  db?: HamishDb;
}

/**
 * Saves an edit with compare-and-set on `modified`: the stored record is read and written in ONE
 * transaction, so a change committed by another window in between is merged or kept as a conflict copy,
 * never silently replaced. Resolves once committed.
 */
export function saveAnnotationEdit(
  base: EditBase,
  edit: AnnotationEdit,
  { conflictTag, now = new Date(), db = getDb() }: SaveEditOptions,
): Promise<EditOutcome> {
  return withQuotaCheck(() =>
    db.transaction('rw', db.annotations, async () => {
      const current = await db.annotations.get(base.record.id);
      const outcome = mergeEdit({ base, edit, current, now, conflictTag });
      const writes = [outcome.record, outcome.conflictCopy].filter((a): a is Annotation => a !== null);
      if (outcome.record && current && !changesContent(current, outcome.record)) {
        return { record: current, conflictCopy: null };
      }
      if (writes.length > 0) await db.annotations.bulkPut(writes);
      return outcome;
    }),
  );
}

/** A save that would write back what is stored (a replay done twice, a blur with nothing typed) writes nothing. */
function changesContent(current: Annotation, next: Annotation): boolean {
  return (
    current.color !== next.color ||
    current.choice !== next.choice ||
    current.tags.length !== next.tags.length ||
    current.tags.some((tag, index) => tag !== next.tags[index]) ||
    current.note.editorState !== next.note.editorState ||
    current.note.text !== next.note.text ||
    current.note.markdown !== next.note.markdown
  );
}

/** Resolving a conflict: the copy's version becomes the annotation's, or is dropped; one transaction either way. */
export function resolveConflict(
  copy: Annotation,
  keep: 'copy' | 'original',
  { conflictTag, now = new Date(), db = getDb() }: SaveEditOptions,
): Promise<boolean> {
  return withQuotaCheck(() =>
    db.transaction('rw', db.annotations, async () => {
      const original = copy.conflictOf ? await db.annotations.get(copy.conflictOf) : undefined;
      const tag = conflictTag.normalize('NFC');
      const tags = copy.tags.filter((other) => other !== tag);
      if (keep === 'copy' && !original) {
        // The original is gone: the copy simply becomes the annotation.
        const { conflictOf: _, ...standalone } = copy;
        await db.annotations.put({ ...standalone, tags });
        return true;
      }
      if (keep === 'copy' && original) {
        const modified = nextModified(now, original.modified);
        await db.annotations.put({ ...original, note: copy.note, color: copy.color, tags, modified });
      }
      await db.annotations.delete(copy.id);
      return true;
    }),
  );
}
