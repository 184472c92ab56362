import type { ImportDraft } from '../import/import-model';
import type { ArticleDocument, DocumentManifest } from './document-model';
import { layoutBlocks } from './layout-blocks';

/** Imported documents get ids of their own kind, never a bundled one's. */
export const IMPORTED_ID_PREFIX = 'imported-';

export function isImportedId(id: string): boolean {
  return id.startsWith(IMPORTED_ID_PREFIX);
}

/** The canonical text and hash a draft lays out to: what duplicate detection compares. */
export function draftContentHash(draft: Pick<ImportDraft, 'title' | 'blocks'>): string {
  return layoutBlocks(draft.title, draft.blocks).contentHash;
}

/** The manifest of an imported document, without laying out its text: what the library's listing needs. */
export function manifestFromDraft(id: string, draft: ImportDraft, added: string): DocumentManifest {
  return {
    id,
    file: draft.fileName,
    title: draft.title,
    language: draft.language,
    direction: draft.direction,
    source: { name: draft.siteName ?? draft.byline ?? draft.fileName },
    publication: draft.publication,
    related: draft.related,
    imported: {
      fileName: draft.fileName,
      format: draft.format,
      added,
      ...(draft.encoding && { encoding: draft.encoding }),
      ...(draft.byline && { byline: draft.byline }),
    },
  };
}

/** Builds the same ArticleDocument the reader renders for bundled documents. Deterministic. */
export function documentFromDraft(id: string, draft: ImportDraft, added: string): ArticleDocument {
  const laidOut = layoutBlocks(draft.title, draft.blocks);
  return {
    title: draft.title,
    ...laidOut,
    relatedHeading: null,
    related: draft.related.map((title) => ({ title, documentId: null })),
    boilerplate: [],
    versionId: `${id}@${laidOut.contentHash}`,
    manifest: manifestFromDraft(id, draft, added),
  };
}
