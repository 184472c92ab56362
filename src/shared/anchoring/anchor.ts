import type {
  Annotation,
  TextPositionSelector,
  TextQuoteSelector,
} from '@shared/annotations/annotation-model';
import { contextMatchesExactly, matchQuote } from './match-quote';
import { quoteSelectorFor } from './text-quote-selector';

export type AnnotationSelectors = readonly [TextQuoteSelector, TextPositionSelector];

export type AnchorStatus = 'anchored' | 'reanchored' | 'orphan';

export interface AnchorResult {
  /** anchored: the quote found verbatim; reanchored: found approximately; orphan: not found (start = end = -1). */
  status: AnchorStatus;
  start: number;
  end: number;
}

const ORPHAN: AnchorResult = { status: 'orphan', start: -1, end: -1 };

/** The selector pair stored for text[start, end). */
export function selectorsFor(
  text: string,
  start: number,
  end: number,
): [TextQuoteSelector, TextPositionSelector] {
  return [quoteSelectorFor(text, start, end), { type: 'TextPositionSelector', start, end }];
}

/**
 * Position first (cheap and exact when the text is unchanged), then the quote verbatim, then approximately.
 * The position is trusted only with its context intact: a short quote such as one word often recurs at
 * the old offset by chance after an edit.
 */
export function anchorAnnotation(text: string, selectors: AnnotationSelectors): AnchorResult {
  return anchorInPlace(text, selectors) ?? anchorByQuote(text, selectors[0], selectors[1].start);
}

/**
 * The annotation at its stored position, quote and context intact; null when it is not there. The answer
 * depends on nothing else, so it holds for as long as the text and the selectors do.
 */
export function anchorInPlace(text: string, selectors: AnnotationSelectors): AnchorResult | null {
  const [quote, position] = selectors;
  return quoteWithContextAt(text, quote, position.start) ? anchoredAt(position.start, quote) : null;
}

/**
 * Anchors many annotations at once, results in input order. After an edit every later annotation moves by
 * the same amount, so the shift found for one annotation is tried on the next before searching the text.
 * `inPlace[i]`, when given, is annotation i's `anchorInPlace` result, already known: it is not checked again.
 */
export function anchorAll(
  text: string,
  annotations: readonly Pick<Annotation, 'target'>[],
  inPlace: readonly (AnchorResult | null | undefined)[] = [],
): AnchorResult[] {
  const order = annotations.map((_, index) => index);
  order.sort((a, b) => positionOf(annotations[a]!).start - positionOf(annotations[b]!).start);
  const results = new Array<AnchorResult>(annotations.length);
  let shift = 0;
  for (const index of order) {
    const [quote, position] = annotations[index]!.target.selector;
    const shifted = position.start + shift;
    const known = inPlace[index];
    let result: AnchorResult;
    if (known) result = known;
    else if (known === undefined && quoteWithContextAt(text, quote, position.start)) {
      result = anchoredAt(position.start, quote);
    } else if (shift !== 0 && quoteWithContextAt(text, quote, shifted)) result = anchoredAt(shifted, quote);
    else result = anchorByQuote(text, quote, shifted);
    if (result.status !== 'orphan') shift = result.start - position.start;
    results[index] = result;
  }
  return results;
}

function anchorByQuote(text: string, quote: TextQuoteSelector, hint: number): AnchorResult {
  const match = matchQuote(text, quote, { hint });
  if (match === null) return ORPHAN;
  return { status: match.exact ? 'anchored' : 'reanchored', start: match.start, end: match.end };
}

function quoteWithContextAt(text: string, quote: TextQuoteSelector, start: number): boolean {
  const end = start + quote.exact.length;
  return (
    quote.exact.length > 0 &&
    text.startsWith(quote.exact, start) &&
    contextMatchesExactly(text, quote, start, end)
  );
}

function anchoredAt(start: number, quote: TextQuoteSelector): AnchorResult {
  return { status: 'anchored', start, end: start + quote.exact.length };
}

function positionOf(annotation: Pick<Annotation, 'target'>): TextPositionSelector {
  return annotation.target.selector[1];
}
