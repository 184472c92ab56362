import { useMemo, useState } from 'react';
import { createReadingOrderAnchorer, type AnchoredAnnotation } from '@shared/annotations/anchored-annotation';
import type { ArticleDocument } from '@shared/document/document-model';
import { otherLayers, ownAnnotations, type ReaderLayer } from '../classroom/readers/reader-roster';
import { useAnnotationFeed } from '../storage/annotation-feed';
import { useReaders } from '../storage/reader-store';

/**
 * The current reader's annotations on the document, live from IndexedDB, each anchored in the current
 * text, in reading order: the only ones the reader shows and edits. Undefined until both are read.
 */
export function useDocumentAnnotations(document: ArticleDocument): AnchoredAnnotation[] | undefined {
  const annotations = useAnnotationFeed(document.manifest.id);
  const readerId = useReaders()?.current.id;
  // A note saved while typing changes one annotation: only that one is anchored again.
  const [anchorInReadingOrder] = useState(createReadingOrderAnchorer);
  return useMemo(
    () =>
      annotations && readerId
        ? anchorInReadingOrder(document.text, ownAnnotations(annotations, readerId))
        : undefined,
    [anchorInReadingOrder, annotations, document.text, readerId],
  );
}

/** The other readers who annotated the document, each with their annotations (not yet anchored). */
export function useOtherReadersLayers(document: ArticleDocument): ReaderLayer[] {
  const annotations = useAnnotationFeed(document.manifest.id);
  const roster = useReaders();
  return useMemo(
    () => (annotations && roster ? otherLayers(annotations, roster) : []),
    [annotations, roster],
  );
}

/** A layer the reader chose to show, anchored in the current text; read-only. */
export interface ShownLayer {
  readerId: string;
  name: string;
  items: AnchoredAnnotation[];
}

/** Anchors only the layers the reader chose to show: the rest cost nothing. */
export function useShownLayers(
  document: ArticleDocument,
  layers: readonly ReaderLayer[],
  shown: ReadonlySet<string>,
): ShownLayer[] {
  const [anchorInReadingOrder] = useState(createReadingOrderAnchorer);
  return useMemo(
    () =>
      layers
        .filter((layer) => shown.has(layer.readerId))
        .map(({ readerId, name, annotations }) => ({
          readerId,
          name,
          items: anchorInReadingOrder(document.text, annotations),
        })),
    [anchorInReadingOrder, document.text, layers, shown],
  );
}
