import { liveQuery } from 'dexie';
import type { Annotation } from '@shared/annotations/annotation-model';
import { nextModified } from '@shared/annotations/merge-edit';
import { reanchorAnnotations } from '@shared/annotations/reanchor';
import type { DocumentSummary } from '@shared/document/document-model';
import {
  documentFromDraft,
  draftContentHash,
  IMPORTED_ID_PREFIX,
  manifestFromDraft,
} from '@shared/document/imported-document';
import { summarize } from '@shared/document/library';
import { titleKey } from '@shared/document/related-titles';
import type { ImportDraft } from '@shared/import/import-model';
import { listDocumentAnnotations } from './annotation-store';
import { readTallies, saveTallies, type Tally } from './annotation-tally';
import { getDb, type DocumentVisit, type HamishDb, type StoredDocument } from './db';
import { MissingDocumentError, withQuotaCheck } from './storage-errors';

/** The record a draft is kept as; drafts reach this store already storable (storableDraft). */
export function importedRecord(id: string, draft: ImportDraft, added: string): StoredDocument {
  return {
    id,
    contentHash: draftContentHash(draft),
    titleKey: titleKey(draft.title),
    fileName: draft.fileName,
    added,
    draft,
  };
}

/** Lower-case letters and digits only, so the id is a library slug (DOCUMENT_ID_PATTERN). */
const SLUG_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const SLUG_LENGTH = 10;

/** A fresh imported id: 50 random bits after the prefix. */
export function newImportedId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(SLUG_LENGTH));
  return (
    IMPORTED_ID_PREFIX + Array.from(bytes, (byte) => SLUG_ALPHABET[byte % SLUG_ALPHABET.length]).join('')
  );
}

export type AddOutcome =
  { status: 'imported' | 'duplicate'; id: string } | { status: 'replaceable'; id: string; title: string };

/**
 * Adds an imported document in one transaction, unless an imported document holds the same text
 * (duplicate) or, when `offerReplacing`, one has the same title or file name (replaceable): then nothing
 * is written. Checked inside the transaction, so two windows importing one file add it once.
 */
export function addImportedDocument(
  draft: ImportDraft,
  { offerReplacing, now = new Date() }: { offerReplacing: boolean; now?: Date },
  db: HamishDb = getDb(),
): Promise<AddOutcome> {
  const record = importedRecord('', draft, now.toISOString());
  return withQuotaCheck(() =>
    db.transaction('rw', db.documents, async (): Promise<AddOutcome> => {
      const [same] = await db.documents.where('contentHash').equals(record.contentHash).primaryKeys();
      if (same !== undefined) return { status: 'duplicate', id: same };
      const similar = offerReplacing ? await findSimilar(record, db) : undefined;
      if (similar) return { status: 'replaceable', id: similar.id, title: similar.draft.title };
      let id = newImportedId();
      while ((await db.documents.where(':id').equals(id).count()) > 0) id = newImportedId();
      await db.documents.add({ ...record, id });
      return { status: 'imported', id };
    }),
  );
}

/** The newest imported document with the same folded title, else with the same file name. */
async function findSimilar(record: StoredDocument, db: HamishDb): Promise<StoredDocument | undefined> {
  // An empty key (a title of punctuation only) says nothing about which document this is.
  const byTitle =
    record.titleKey === '' ? [] : await db.documents.where('titleKey').equals(record.titleKey).toArray();
  const candidates =
    byTitle.length > 0 ? byTitle : await db.documents.where('fileName').equals(record.fileName).toArray();
  return candidates.sort((a, b) => b.added.localeCompare(a.added))[0];
}

export function getImportedDocument(id: string, db: HamishDb = getDb()): Promise<StoredDocument | undefined> {
  return db.documents.get(id);
}

export async function hasImportedDocument(id: string, db: HamishDb = getDb()): Promise<boolean> {
  return (await db.documents.where(':id').equals(id).count()) > 0;
}

/** Every imported document's content hash by id, read from the index alone (no text). */
export async function importedHashes(db: HamishDb = getDb()): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  await db.documents
    .orderBy('contentHash')
    .eachKey((hash, cursor) => hashes.set(cursor.primaryKey, String(hash)));
  return hashes;
}

export interface Replacement {
  /** Annotations that stand in the new text (moved or not). */
  reanchored: number;
  /** Annotations not found in it, left as they were. */
  orphaned: number;
}

/**
 * The new text under the same id, and the document's annotations re-anchored on it, in ONE transaction:
 * a failure leaves the old text and every annotation as they were. Moved annotations get a later
 * `modified` (compare-and-set in other windows then merges with the move instead of undoing it).
 */
export function replaceImportedDocument(
  id: string,
  draft: ImportDraft,
  now: Date = new Date(),
  db: HamishDb = getDb(),
): Promise<Replacement> {
  return withQuotaCheck(() =>
    db.transaction('rw', db.documents, db.annotations, async () => {
      const current = await db.documents.get(id);
      if (!current) throw new MissingDocumentError(id);
      const document = documentFromDraft(id, draft, current.added);
      const { updated, unchanged, orphans } = reanchorAnnotations(
        await listDocumentAnnotations(id, db),
        document,
      );
      await db.documents.put(importedRecord(id, draft, current.added));
      await db.annotations.bulkPut(
        updated.map((annotation) => ({ ...annotation, modified: nextModified(now, annotation.modified) })),
      );
      return { reanchored: updated.length + unchanged, orphaned: orphans.length };
    }),
  );
}

/** Everything a deletion removed, to put back as it was. */
export interface DeletedDocument {
  document: StoredDocument;
  annotations: Annotation[];
  visit: DocumentVisit | null;
}

/** Removes the document, its annotations, its visit and what was derived from them, in ONE transaction. */
export function deleteImportedDocument(id: string, db: HamishDb = getDb()): Promise<DeletedDocument> {
  return withQuotaCheck(() =>
    db.transaction('rw', [db.documents, db.annotations, db.visits, db.packs, db.tallies], async () => {
      const document = await db.documents.get(id);
      if (!document) throw new MissingDocumentError(id);
      const annotations = await db.annotations.where('documentId').equals(id).toArray();
      const visit = (await db.visits.get(id)) ?? null;
      // By key, so the annotation versioning stamps this document (annotation-version.ts).
      await db.annotations.bulkDelete(annotations.map((annotation) => annotation.id));
      await db.documents.delete(id);
      await db.visits.delete(id);
      await db.packs.delete(id);
      await db.tallies.delete(id);
      return { document, annotations, visit };
    }),
  );
}

/** Puts a deleted document back exactly as it was, in ONE transaction. */
export function restoreDeletedDocument(deleted: DeletedDocument, db: HamishDb = getDb()): Promise<void> {
  return withQuotaCheck(() =>
    db.transaction('rw', db.documents, db.annotations, db.visits, async () => {
      await db.documents.put(deleted.document);
      await db.annotations.bulkPut(deleted.annotations);
      if (deleted.visit) await db.visits.put(deleted.visit);
    }),
  );
}

export async function recordVisit(documentId: string, now: Date, db: HamishDb = getDb()): Promise<void> {
  await withQuotaCheck(() => db.visits.put({ documentId, lastOpened: now.toISOString() }));
}

/** An imported document as its library card shows it. */
export interface ImportedListing {
  summary: DocumentSummary;
  added: string;
}

/** Listings by id and text version: a document's text is read once per version, not on every change. */
const listingCaches = new WeakMap<HamishDb, Map<string, ImportedListing>>();

/**
 * The imported documents, oldest first. Reads the hash index, and a document's record only when its
 * version was not listed before (a record holds the whole text).
 */
export async function listImportedDocuments(db: HamishDb = getDb()): Promise<ImportedListing[]> {
  return db.transaction('r', db.documents, async () => {
    const known = listingCaches.get(db) ?? new Map<string, ImportedListing>();
    const versions = [...(await importedHashes(db))].map(([id, hash]) => ({ id, key: `${id}@${hash}` }));
    const missing = versions.filter(({ key }) => !known.has(key)).map(({ id }) => id);
    for (const record of await db.documents.bulkGet(missing)) {
      if (record) known.set(`${record.id}@${record.contentHash}`, listingOf(record));
    }
    // Only the versions listed now stay cached: a replaced or deleted text is let go.
    const listed = new Map<string, ImportedListing>();
    for (const { key } of versions) {
      const listing = known.get(key);
      if (listing) listed.set(key, listing);
    }
    listingCaches.set(db, listed);
    return [...listed.values()].sort(
      (a, b) => a.added.localeCompare(b.added) || a.summary.id.localeCompare(b.summary.id),
    );
  });
}

function listingOf(record: StoredDocument): ImportedListing {
  const manifest = manifestFromDraft(record.id, record.draft, record.added);
  return { summary: { ...summarize(manifest), imported: manifest.imported }, added: record.added };
}

/** What the library view shows beside the documents themselves. */
export interface LibraryRecords {
  imported: ImportedListing[];
  /** Last opened, by document id. */
  visits: Map<string, string>;
  tallies: Map<string, Tally>;
}

/**
 * Watches the imported documents, the visits and every document's counts; `listener` gets them at once
 * and after every change (an import, a deletion, a new highlight, an opening). Returns the unsubscribe.
 */
export function watchLibraryRecords(
  bundledIds: readonly string[],
  listener: (records: LibraryRecords) => void,
  onError: (error: unknown) => void,
  db: HamishDb = getDb(),
): () => void {
  const subscription = liveQuery(async () => {
    const imported = await listImportedDocuments(db);
    const ids = [...bundledIds, ...imported.map((listing) => listing.summary.id)];
    const [visits, counted] = await Promise.all([db.visits.toArray(), readTallies(ids, db)]);
    return { imported, visits, ...counted };
  }).subscribe({
    next: ({ imported, visits, tallies, fresh }) => {
      listener({
        imported,
        visits: new Map(visits.map((visit) => [visit.documentId, visit.lastOpened])),
        tallies,
      });
      // Outside the query, which may not write; the query runs again, finding them stored.
      void saveTallies(fresh, db);
    },
    error: onError,
  });
  return () => subscription.unsubscribe();
}

/** The imported documents' listings, now and after every import, replacement or deletion; nothing else wakes it. */
export function watchImportedListings(
  listener: (listings: ImportedListing[]) => void,
  onError: (error: unknown) => void,
  db: HamishDb = getDb(),
): () => void {
  const subscription = liveQuery(() => listImportedDocuments(db)).subscribe({
    next: listener,
    error: onError,
  });
  return () => subscription.unsubscribe();
}

/** One document's highlight count, as its card shows it. */
export async function countHighlights(documentId: string, db: HamishDb = getDb()): Promise<number> {
  const { tallies, fresh } = await readTallies([documentId], db);
  void saveTallies(fresh, db);
  return tallies.get(documentId)?.highlights ?? 0;
}
