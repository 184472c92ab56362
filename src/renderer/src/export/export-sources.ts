import { anchorInReadingOrder } from '@shared/annotations/anchored-annotation';
import type { Annotation } from '@shared/annotations/annotation-model';
import type { ArticleDocument } from '@shared/document/document-model';
import type { DocumentAnnotations } from '@shared/export/markdown-export';
import type { ReaderPlatform } from '@shared/platform/platform-contract';
import type { HamishDb } from '../storage/db';
import { listDocumentAnnotations } from '../storage/annotation-store';

export function documentAnnotations(
  document: ArticleDocument,
  annotations: Annotation[],
): DocumentAnnotations {
  return { document, items: anchorInReadingOrder(document.text, annotations) };
}

/** Every document of the library with its annotations, for "export all" and "restore" checks. */
export async function loadLibrary(platform: ReaderPlatform): Promise<ArticleDocument[]> {
  const summaries = await platform.listDocuments();
  return Promise.all(summaries.map((summary) => platform.loadDocument(summary.id)));
}

export async function libraryAnnotations(
  platform: ReaderPlatform,
  db: HamishDb,
): Promise<DocumentAnnotations[]> {
  const documents = await loadLibrary(platform);
  return Promise.all(
    documents.map(async (document) =>
      documentAnnotations(document, await listDocumentAnnotations(document.manifest.id, db)),
    ),
  );
}
