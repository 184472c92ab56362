import { anchorInReadingOrder } from '@shared/annotations/anchored-annotation';
import type { Annotation } from '@shared/annotations/annotation-model';
import type { ArticleDocument } from '@shared/document/document-model';
import type { DocumentAnnotations } from '@shared/export/markdown-export';
import type { HamishDb } from '../storage/db';
import { listDocumentAnnotations } from '../storage/annotation-store';
import type { DocumentLibrary } from '../library/document-library';

/** What reading the whole library needs: its documents, bundled and imported. */
export type LibraryDocuments = Pick<DocumentLibrary, 'listDocuments' | 'loadDocument'>;

export function documentAnnotations(
  document: ArticleDocument,
  annotations: Annotation[],
): DocumentAnnotations {
  return { document, items: anchorInReadingOrder(document.text, annotations) };
}

/** Every document of the library, imported ones included, for "export all" and "restore" checks. */
export async function loadLibrary(library: LibraryDocuments): Promise<ArticleDocument[]> {
  const summaries = await library.listDocuments();
  return Promise.all(summaries.map((summary) => library.loadDocument(summary.id)));
}

/** Each document's annotations that `keep` accepts (one reader's highlights and notes, say), in reading order. */
export async function libraryAnnotations(
  library: LibraryDocuments,
  db: HamishDb,
  keep: (annotation: Annotation) => boolean = () => true,
): Promise<DocumentAnnotations[]> {
  const documents = await loadLibrary(library);
  return Promise.all(
    documents.map(async (document) =>
      documentAnnotations(document, (await listDocumentAnnotations(document.manifest.id, db)).filter(keep)),
    ),
  );
}
