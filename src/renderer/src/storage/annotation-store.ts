import Dexie from 'dexie';
import type { Annotation } from '@shared/annotations/annotation-model';
import { getDb, type HamishDb } from './db';
import { ANNOTATIONS_EPOCH_KEY, documentVersionKey } from './annotation-version';
import { withQuotaCheck } from './storage-errors';

/** The Dexie edge for annotations: every write goes through here so quota errors read the same. */
export function listDocumentAnnotations(documentId: string, db: HamishDb = getDb()): Promise<Annotation[]> {
  return db.annotations
    .where('[documentId+start]')
    .between([documentId, Dexie.minKey], [documentId, Dexie.maxKey])
    .toArray();
}

/** A document's annotations as stored, and the document's annotations version they were read at. */
export interface DocumentReading {
  annotations: Annotation[];
  version: string | null;
  /** Read from the document's pack rather than record by record. */
  fromPack: boolean;
}

/** One transaction: the pack when it is exact for the current version, else every record. */
export function readDocumentAnnotations(
  documentId: string,
  db: HamishDb = getDb(),
): Promise<DocumentReading> {
  return db.transaction('r', db.annotations, db.settings, db.packs, async () => {
    const version = await currentVersion(db, documentId);
    const pack = await db.packs.get(documentId);
    const packed = pack?.version === version ? parsePack(pack.json) : null;
    if (packed) return { annotations: packed, version, fromPack: true };
    return { annotations: await listDocumentAnnotations(documentId, db), version, fromPack: false };
  });
}

/** Some records, by id, and the document's annotations version, read together. */
export interface RecordsReading {
  /** The records found, of whatever document; an id without a record was deleted. */
  records: Annotation[];
  version: string | null;
}

/** One transaction: the records written since the last reading, and the version they bring it to. */
export function readAnnotationRecords(
  documentId: string,
  ids: readonly string[],
  db: HamishDb = getDb(),
): Promise<RecordsReading> {
  return db.transaction('r', db.annotations, db.settings, async () => {
    const found = await db.annotations.bulkGet([...ids]);
    const records = found.filter((record): record is Annotation => record !== undefined);
    return { records, version: await currentVersion(db, documentId) };
  });
}

/**
 * Keeps a reading as the document's pack, unless annotations were written since it was read (then the
 * pack would be stale, and it is not kept). A pack is only a faster copy: failing to write one is no error.
 */
export async function savePack(
  documentId: string,
  reading: Pick<DocumentReading, 'annotations' | 'version'>,
  db: HamishDb = getDb(),
): Promise<boolean> {
  const json = JSON.stringify(reading.annotations);
  try {
    return await db.transaction('rw', db.settings, db.packs, async () => {
      if ((await currentVersion(db, documentId)) !== reading.version) return false;
      await db.packs.put({ documentId, version: reading.version, json });
      return true;
    });
  } catch {
    return false;
  }
}

async function currentVersion(db: HamishDb, documentId: string): Promise<string | null> {
  const [version] = await annotationVersions(db, [documentId]);
  return version ?? null;
}

/**
 * Each document's annotations version, in order: the epoch (every document) and its own token; null
 * before anything was written. One read however many documents.
 */
export async function annotationVersions(
  db: HamishDb,
  documentIds: readonly string[],
): Promise<(string | null)[]> {
  const [epoch, ...own] = await db.settings.bulkGet([
    ANNOTATIONS_EPOCH_KEY,
    ...documentIds.map(documentVersionKey),
  ]);
  return own.map((record) => {
    const stamps = [epoch?.value, record?.value].map((stamp) => (typeof stamp === 'string' ? stamp : ''));
    return stamps.some(Boolean) ? stamps.join('/') : null;
  });
}

/** A pack that does not parse as a list is ignored: the records are read instead. */
function parsePack(json: string): Annotation[] | null {
  try {
    const parsed: unknown = JSON.parse(json);
    return Array.isArray(parsed) ? (parsed as Annotation[]) : null;
  } catch {
    return null;
  }
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
