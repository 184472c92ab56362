import { storableDraft } from '@shared/backup/backup-documents';
import type { ArticleDocument, DocumentSummary } from '@shared/document/document-model';
import { documentFromDraft, draftContentHash, isImportedId } from '@shared/document/imported-document';
import { resolveRelated } from '@shared/document/related-titles';
import type { ImportDraft } from '@shared/import/import-model';
import type { ReaderPlatform } from '@shared/platform/platform-contract';
import { getDb, type HamishDb } from '../storage/db';
import {
  addImportedDocument,
  countHighlights,
  deleteImportedDocument,
  getImportedDocument,
  hasImportedDocument,
  listImportedDocuments,
  recordVisit,
  replaceImportedDocument,
  restoreDeletedDocument,
  watchImportedListings,
  watchLibraryRecords,
  type DeletedDocument,
  type LibraryRecords,
  type Replacement,
} from '../storage/document-store';
import { snapshotDocument } from '../storage/library-snapshot';
import { MissingDocumentError, SafetyBackupError } from '../storage/storage-errors';
import type { LibraryEntry } from './library-query';

export type { DeletedDocument };

export type SaveImportResult =
  | { status: 'imported'; id: string }
  | { status: 'duplicate'; id: string }
  | { status: 'replaceable'; id: string; title: string; annotations: number };

/** The bundled documents come with the app: they are neither replaced nor deleted. */
export class BundledDocumentError extends Error {
  constructor(readonly documentId: string) {
    super(`"${documentId}" is bundled with Hamish and cannot be changed`);
    this.name = 'BundledDocumentError';
  }
}

/** The whole library, bundled and imported documents alike: what every screen asks. */
export interface DocumentLibrary {
  /** Bundled first, in the index's order, then imported ones by date added. */
  listDocuments(): Promise<DocumentSummary[]>;
  /** With its "read also" titles resolved against the whole library. */
  loadDocument(id: string): Promise<ArticleDocument>;
  /** Writes nothing for a duplicate (the same text, bundled included) or a replaceable document. */
  saveImport(draft: ImportDraft): Promise<SaveImportResult>;
  /** The reader chose to keep both: added beside the similar one (the same text is still not added twice). */
  importAsNew(draft: ImportDraft): Promise<{ id: string }>;
  replaceDocument(id: string, draft: ImportDraft): Promise<Replacement>;
  recordOpened(id: string): Promise<void>;
  /**
   * Refuses bundled ids; first saves a safety backup of the document and its annotations alone
   * (SafetyBackupError, nothing changed, if it fails).
   */
  deleteDocument(id: string, safetyBackup: (content: string) => Promise<unknown>): Promise<DeletedDocument>;
  undoDelete(deleted: DeletedDocument): Promise<void>;
  /** The library's cards, now and after every change; returns the unsubscribe (useLibrary). */
  watchEntries(listener: (entries: LibraryEntry[]) => void, onError: (error: unknown) => void): () => void;
  /**
   * Every document's id and title, bundled first; again after an import, a replacement or a deletion,
   * never for an annotation (a note saved while typing must not make the library be counted again).
   */
  watchTitles(listener: (titles: LibraryTitle[]) => void, onError: (error: unknown) => void): () => void;
}

export interface LibraryTitle {
  id: string;
  title: string;
}

export function createDocumentLibrary(
  platform: ReaderPlatform,
  db: HamishDb = getDb(),
  now: () => Date = () => new Date(),
): DocumentLibrary {
  const bundledSummaries = retrying(() => platform.listDocuments());
  const bundledDocuments = new Map<string, Promise<ArticleDocument>>();
  const bundledDocument = (id: string) => {
    let pending = bundledDocuments.get(id);
    if (!pending) {
      pending = platform.loadDocument(id);
      bundledDocuments.set(id, pending);
      pending.catch(() => bundledDocuments.delete(id));
    }
    return pending;
  };
  /** Content hash → id of the bundled documents, loaded once: an import of one of them is a duplicate. */
  const bundledHashes = retrying(async () => {
    const documents = await Promise.all((await bundledSummaries()).map(({ id }) => bundledDocument(id)));
    return new Map(documents.map((document) => [document.contentHash, document.manifest.id]));
  });

  const listDocuments = async () => {
    const [bundled, imported] = await Promise.all([bundledSummaries(), listImportedDocuments(db)]);
    return [...bundled, ...imported.map((listing) => listing.summary)];
  };

  const importedDocument = async (id: string) => {
    const record = await getImportedDocument(id, db);
    if (!record) throw new MissingDocumentError(id);
    return documentFromDraft(id, record.draft, record.added);
  };

  const refuseBundled = (id: string) => {
    if (!isImportedId(id)) throw new BundledDocumentError(id);
  };

  return {
    listDocuments,

    async loadDocument(id) {
      const [document, library] = await Promise.all([
        isImportedId(id) ? importedDocument(id) : bundledDocument(id),
        listDocuments(),
      ]);
      const others = library.filter((summary) => summary.id !== id);
      const titles = document.related.map((piece) => piece.title);
      return { ...document, related: resolveRelated(titles, others) };
    },

    async saveImport(input) {
      const draft = storableDraft(input);
      const bundled = (await bundledHashes()).get(draftContentHash(draft));
      if (bundled !== undefined) return { status: 'duplicate', id: bundled };
      const outcome = await addImportedDocument(draft, { offerReplacing: true, now: now() }, db);
      if (outcome.status !== 'replaceable') return outcome;
      return { ...outcome, annotations: await countHighlights(outcome.id, db) };
    },

    async importAsNew(input) {
      const draft = storableDraft(input);
      const bundled = (await bundledHashes()).get(draftContentHash(draft));
      if (bundled !== undefined) return { id: bundled };
      const { id } = await addImportedDocument(draft, { offerReplacing: false, now: now() }, db);
      return { id };
    },

    async replaceDocument(id, input) {
      refuseBundled(id);
      return replaceImportedDocument(id, storableDraft(input), now(), db);
    },

    recordOpened: (id) => recordVisit(id, now(), db),

    async deleteDocument(id, safetyBackup) {
      refuseBundled(id);
      if (!(await hasImportedDocument(id, db))) throw new MissingDocumentError(id);
      try {
        await safetyBackup(await snapshotDocument(db, id, now()));
      } catch (error) {
        throw new SafetyBackupError(error);
      }
      return deleteImportedDocument(id, db);
    },

    undoDelete: (deleted) => restoreDeletedDocument(deleted, db),

    watchEntries: (listener, onError) =>
      afterBundled(
        (bundled) =>
          watchLibraryRecords(
            bundled.map((summary) => summary.id),
            (records) => listener(entriesOf(bundled, records)),
            onError,
            db,
          ),
        onError,
      ),

    watchTitles: (listener, onError) =>
      afterBundled(
        (bundled) =>
          watchImportedListings(
            (listings) =>
              listener(
                [...bundled, ...listings.map((listing) => listing.summary)].map(({ id, title }) => ({
                  id,
                  title,
                })),
              ),
            onError,
            db,
          ),
        onError,
      ),
  };

  /** Starts a watch once the bundled summaries are known; the returned stop works before that too. */
  function afterBundled(
    watch: (bundled: readonly DocumentSummary[]) => () => void,
    onError: (error: unknown) => void,
  ): () => void {
    let stop: (() => void) | null = null;
    let cancelled = false;
    bundledSummaries().then((bundled) => {
      if (!cancelled) stop = watch(bundled);
    }, onError);
    return () => {
      cancelled = true;
      stop?.();
    };
  }
}

/** Bundled cards first, in the index's order, then the imported ones by date added. */
function entriesOf(bundled: readonly DocumentSummary[], records: LibraryRecords): LibraryEntry[] {
  const entry = (summary: DocumentSummary, added: string | null): LibraryEntry => {
    const tally = records.tallies.get(summary.id);
    return {
      summary,
      added,
      lastOpened: records.visits.get(summary.id) ?? null,
      highlights: tally?.highlights ?? 0,
      notes: tally?.notes ?? 0,
    };
  };
  return [
    ...bundled.map((summary) => entry(summary, null)),
    ...records.imported.map(({ summary, added }) => entry(summary, added)),
  ];
}

/** Calls `load` once and shares its promise; a failure is forgotten, so the next call tries again. */
function retrying<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    if (!pending) {
      const started = load();
      pending = started;
      started.catch(() => {
        if (pending === started) pending = null;
      });
    }
    return pending;
  };
}
