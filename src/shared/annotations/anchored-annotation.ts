import { anchorAll, type AnchorResult } from '../anchoring/anchor';
import type { Annotation } from './annotation-model';

/** An annotation with where it stands in the document's current text: the one shape the reader and the exporter share. */
export interface AnchoredAnnotation {
  annotation: Annotation;
  anchor: AnchorResult;
}

/** Anchors every annotation in `text`, in reading order (orphans, at -1, first). */
export function anchorInReadingOrder(text: string, annotations: readonly Annotation[]): AnchoredAnnotation[] {
  const anchors = anchorAll(text, annotations);
  return annotations
    .map((annotation, index) => ({ annotation, anchor: anchors[index] as AnchorResult }))
    .sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
}

/** The highlight that covers exactly this range, if one does: asking again for it acts on it, never duplicates it. */
export function findExactHighlight(
  items: readonly AnchoredAnnotation[],
  start: number,
  end: number,
): AnchoredAnnotation | undefined {
  return items.find(
    (item) => item.anchor.status !== 'orphan' && item.anchor.start === start && item.anchor.end === end,
  );
}
