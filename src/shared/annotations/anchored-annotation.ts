import { anchorAll, anchorInPlace, type AnchorResult } from '../anchoring/anchor';
import type { Annotation } from './annotation-model';

/** An annotation with where it stands in the document's current text: the one shape the reader and the exporter share. */
export interface AnchoredAnnotation {
  annotation: Annotation;
  anchor: AnchorResult;
}

/** Anchors every annotation in `text`, in reading order (orphans, at -1, first). */
export function anchorInReadingOrder(text: string, annotations: readonly Annotation[]): AnchoredAnnotation[] {
  const anchors = anchorAll(text, annotations);
  return inReadingOrder(annotations.map((annotation, index) => ({ annotation, anchor: anchors[index]! })));
}

/**
 * anchorInReadingOrder for a list that changes a few annotations at a time, keeping their objects (as the
 * annotation feed does): an annotation found in place is remembered, with its item, while the text stays
 * the same, so only new and changed annotations are looked for again (and whatever was not in place, whose
 * anchor hangs on its neighbours') and unchanged items keep their objects. The same results, always.
 */
export function createReadingOrderAnchorer(): (
  text: string,
  annotations: readonly Annotation[],
) => AnchoredAnnotation[] {
  let anchoredIn: string | undefined;
  let inPlace = new WeakMap<Annotation, AnchoredAnnotation>();
  return (text, annotations) => {
    if (text !== anchoredIn) {
      anchoredIn = text;
      inPlace = new WeakMap();
    }
    const known = annotations.map(
      (annotation) => inPlace.get(annotation)?.anchor ?? anchorInPlace(text, annotation.target.selector),
    );
    const anchors = anchorAll(text, annotations, known);
    const items = annotations.map((annotation, index) => {
      const kept = inPlace.get(annotation);
      if (kept) return kept;
      const item = { annotation, anchor: anchors[index]! };
      if (known[index]) inPlace.set(annotation, item);
      return item;
    });
    return inReadingOrder(items);
  };
}

function inReadingOrder(items: AnchoredAnnotation[]): AnchoredAnnotation[] {
  return items.sort((a, b) => a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end);
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
