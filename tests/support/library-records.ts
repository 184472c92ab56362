import { selectorsFor } from '@shared/anchoring/anchor';
import type { Annotation } from '@shared/annotations/annotation-model';
import type { ArticleDocument } from '@shared/document/document-model';
import { putAnnotation } from '@renderer/storage/annotation-store';
import type { HamishDb } from '@renderer/storage/db';
import { storedAnnotation } from './stored-annotation';

/** A highlight of `quote` in `document`, stored as the reader makes one. */
export async function highlightIn(
  db: HamishDb,
  document: ArticleDocument,
  quote: string,
  overrides: Partial<Annotation> = {},
): Promise<Annotation> {
  const start = document.text.indexOf(quote);
  const annotation = storedAnnotation(crypto.randomUUID(), document.manifest.id, start, {
    target: {
      source: document.versionId,
      selector: selectorsFor(document.text, start, start + quote.length),
    },
    ...overrides,
  });
  await putAnnotation(annotation, db);
  return annotation;
}

/** Everything the library keeps about documents, in a stable order: for "nothing changed" checks. */
export async function libraryRecords(db: HamishDb) {
  return {
    documents: await db.documents.orderBy('id').toArray(),
    annotations: await db.annotations.orderBy('id').toArray(),
    visits: await db.visits.orderBy('documentId').toArray(),
  };
}
