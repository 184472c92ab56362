import Dexie from 'dexie';
import type { Annotation } from '@shared/annotations/annotation-model';
import { getDb, type HamishDb } from './annotation-db';
import { withQuotaCheck } from './storage-errors';

/** The Dexie edge for annotations: every write goes through here so quota errors read the same. */
export function listDocumentAnnotations(documentId: string, db: HamishDb = getDb()): Promise<Annotation[]> {
  return db.annotations
    .where('[documentId+start]')
    .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey])
    .toArray();
}

export function putAnnotation(annotation: Annotation, db: HamishDb = getDb()): Promise<string> {
  return withQuotaCheck(() => db.annotations.put(annotation));
}

export function updateAnnotation(
  id: string,
  changes: Partial<Pick<Annotation, 'color' | 'tags' | 'note'>>,
  now: Date = new Date(),
  db: HamishDb = getDb(),
): Promise<number> {
  return withQuotaCheck(() => db.annotations.update(id, { ...changes, modified: now.toISOString() }));
}

/** Removes and returns the records, so the caller can offer undo by putting them back. */
export function deleteAnnotations(ids: string[], db: HamishDb = getDb()): Promise<Annotation[]> {
  return db.transaction('rw', db.annotations, async () => {
    const found = (await db.annotations.bulkGet(ids)).filter((a): a is Annotation => a !== undefined);
    await db.annotations.bulkDelete(ids);
    return found;
  });
}

export function restoreDeleted(annotations: Annotation[], db: HamishDb = getDb()): Promise<unknown> {
  return withQuotaCheck(() => db.annotations.bulkPut(annotations));
}

export async function requestPersistentStorage(): Promise<boolean> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return false;
  try {
    return await navigator.storage.persist();
  } catch {
    return false;
  }
}
