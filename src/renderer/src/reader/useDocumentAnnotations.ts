import { useMemo } from 'react';
import { anchorInReadingOrder, type AnchoredAnnotation } from '@shared/annotations/anchored-annotation';
import type { ArticleDocument } from '@shared/document/document-model';
import { useAnnotationFeed } from '../storage/annotation-feed';

/** The document's annotations, live from IndexedDB, each anchored in the current text, in reading order. */
export function useDocumentAnnotations(document: ArticleDocument): AnchoredAnnotation[] | undefined {
  const annotations = useAnnotationFeed(document.manifest.id);
  return useMemo(
    () => (annotations ? anchorInReadingOrder(document.text, annotations) : undefined),
    [annotations, document.text],
  );
}
