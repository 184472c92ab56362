import { useMemo } from 'react';
import { anchorAll, type AnchorResult } from '@shared/anchoring/anchor';
import type { Annotation } from '@shared/annotations/annotation-model';
import type { ArticleDocument } from '@shared/document/document-model';
import { useAnnotationFeed } from '../storage/annotation-feed';

export interface AnchoredAnnotation {
  annotation: Annotation;
  anchor: AnchorResult;
}

/** The document's annotations, live from IndexedDB, each anchored in the current text. */
export function useDocumentAnnotations(document: ArticleDocument): AnchoredAnnotation[] | undefined {
  const id = document.manifest.id;
  const annotations = useAnnotationFeed(id);
  return useMemo(() => {
    if (!annotations) return undefined;
    const anchors = anchorAll(document.text, annotations);
    return annotations
      .map((annotation, index) => ({ annotation, anchor: anchors[index] as AnchorResult }))
      .sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
  }, [annotations, document.text]);
}
