import {
  HIGHLIGHT_COLORS,
  type AnnotationTarget,
  type HighlightColor,
  type Reader,
  type TextPositionSelector,
  type TextQuoteSelector,
} from '../annotations/annotation-model';
import { ANNOTATION_IRI_PREFIX, SOURCE_IRI_PREFIX } from '../backup/backup-format';

/** A passage as a W3C target: the document version as an IRI, the quote selector first (as backups write it). */
export interface W3cTarget {
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

export interface W3cCreator {
  id: string;
  type: 'Person';
  name: string;
}

/** A highlight of a class file: a teacher's guide or a student's own, in its colour. */
export interface W3cHighlight {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting';
  modified: string;
  target: W3cTarget;
  'hamish:color': HighlightColor;
}

export const iriOf = (uuid: string): string => ANNOTATION_IRI_PREFIX + uuid;

export function w3cCreator(reader: Reader): W3cCreator {
  return { id: reader.id, type: 'Person', name: reader.name };
}

export function w3cTarget(target: AnnotationTarget): W3cTarget {
  const [quote, position] = target.selector;
  return {
    source: SOURCE_IRI_PREFIX + target.source,
    selector: [
      { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      { type: 'TextPositionSelector', start: position.start, end: position.end },
    ],
  };
}

export function w3cHighlight(highlight: {
  id: string;
  target: AnnotationTarget;
  color: HighlightColor;
  modified: string;
}): W3cHighlight {
  return {
    id: iriOf(highlight.id),
    type: 'Annotation',
    motivation: 'highlighting',
    modified: highlight.modified,
    target: w3cTarget(highlight.target),
    'hamish:color': highlight.color,
  };
}

/** Colour meanings in the palette's order, so the same meanings always serialize the same way. */
export function orderedColorMeanings(
  meanings: Partial<Record<HighlightColor, string>>,
): Partial<Record<HighlightColor, string>> {
  const ordered: Partial<Record<HighlightColor, string>> = {};
  for (const color of HIGHLIGHT_COLORS) {
    const meaning = meanings[color];
    if (meaning !== undefined) ordered[color] = meaning;
  }
  return ordered;
}
