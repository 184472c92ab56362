import approxSearch from 'approx-string-match';

export interface QuoteToMatch {
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface MatchQuoteOptions {
  /** Where the quote is expected to start: breaks ties between equally good matches. */
  hint?: number;
}

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0–1: how well the quote and its context agree with the text found. */
  score: number;
  /** True when the quote occurs verbatim (its context may still differ). */
  exact: boolean;
}

/** Weights as in Hypothesis: the quote counts most, its context next, position only breaks ties. */
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT;

/** Fuzzy matches weaker than this are noise: a short quote with half its letters wrong fits almost any text. */
export const MIN_FUZZY_SCORE = 0.7;

/**
 * Finds the best place for a quote in `text`: verbatim occurrences first (context picks among repeats,
 * then the hint), otherwise the closest approximate match, scored by quote and context similarity.
 */
export function matchQuote(
  text: string,
  quote: QuoteToMatch,
  options: MatchQuoteOptions = {},
): QuoteMatch | null {
  if (quote.exact.length === 0) return null;
  // The usual case after an edit: the quote with its whole context stands near where it was. The nearest
  // such occurrence is what the scan below would choose, found without listing every occurrence.
  if (options.hint !== undefined) {
    const near = nearestWithContext(text, quote, options.hint);
    if (near !== null) {
      const score = combinedScore(1, 1, 1, positionScore(text, near, options.hint));
      return { start: near, end: near + quote.exact.length, score, exact: true };
    }
  }
  const starts = occurrences(text, quote.exact);
  if (starts.length > 0) return bestExactMatch(text, quote, starts, options.hint);
  return bestFuzzyMatch(text, quote, options.hint);
}

/**
 * The start of the quote, standing with its prefix and suffix verbatim, nearest to `hint` (the earlier on
 * a tie, as the scan's order gives); null when it stands nowhere with its context.
 */
function nearestWithContext(text: string, quote: QuoteToMatch, hint: number): number | null {
  const prefix = quote.prefix ?? '';
  const needle = prefix + quote.exact + (quote.suffix ?? '');
  const from = Math.max(0, hint - prefix.length);
  const after = text.indexOf(needle, from);
  // An earlier occurrence matters only if it is nearer than `after`: scan forward over that window alone
  // (indexOf is fast; lastIndexOf from the hint back to the start is not).
  let before = -1;
  const windowStart = after === -1 ? 0 : Math.max(0, 2 * from - after);
  for (
    let at = text.indexOf(needle, windowStart);
    at !== -1 && at < from;
    at = text.indexOf(needle, at + 1)
  ) {
    before = at;
  }
  const candidates = [before, after].filter((at) => at !== -1).map((at) => at + prefix.length);
  if (candidates.length === 0) return null;
  return candidates.reduce((best, start) => (Math.abs(start - hint) < Math.abs(best - hint) ? start : best));
}

function occurrences(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) starts.push(at);
  return starts;
}

function bestExactMatch(text: string, quote: QuoteToMatch, starts: number[], hint?: number): QuoteMatch {
  const length = quote.exact.length;
  // Most annotations find their context intact: decide those with string comparisons alone.
  const withContext = starts.filter((start) => contextMatchesExactly(text, quote, start, start + length));
  const candidates = withContext.length > 0 ? withContext : starts;
  const contextKnown = withContext.length > 0;
  let best: QuoteMatch | null = null;
  for (const start of candidates) {
    const end = start + length;
    const prefix = contextKnown ? 1 : prefixScore(text, quote.prefix, start);
    const suffix = contextKnown ? 1 : suffixScore(text, quote.suffix, end);
    const score = combinedScore(1, prefix, suffix, positionScore(text, start, hint));
    if (best === null || score > best.score) best = { start, end, score, exact: true };
  }
  return best as QuoteMatch;
}

function bestFuzzyMatch(text: string, quote: QuoteToMatch, hint?: number): QuoteMatch | null {
  const length = quote.exact.length;
  const maxErrors = Math.min(256, Math.floor(length / 2));
  let best: QuoteMatch | null = null;
  for (const match of approxSearch(text, quote.exact, maxErrors)) {
    const score = combinedScore(
      1 - match.errors / length,
      prefixScore(text, quote.prefix, match.start),
      suffixScore(text, quote.suffix, match.end),
      positionScore(text, match.start, hint),
    );
    if (best === null || score > best.score)
      best = { start: match.start, end: match.end, score, exact: false };
  }
  return best !== null && best.score >= MIN_FUZZY_SCORE ? best : null;
}

/** Whether the quote's prefix and suffix stand verbatim around text[start, end). */
export function contextMatchesExactly(
  text: string,
  quote: QuoteToMatch,
  start: number,
  end: number,
): boolean {
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  return (
    start >= prefix.length && text.startsWith(prefix, start - prefix.length) && text.startsWith(suffix, end)
  );
}

function prefixScore(text: string, prefix: string | undefined, start: number): number {
  if (!prefix) return 1;
  return similarity(text.slice(Math.max(0, start - prefix.length), start), prefix);
}

function suffixScore(text: string, suffix: string | undefined, end: number): number {
  if (!suffix) return 1;
  return similarity(text.slice(end, end + suffix.length), suffix);
}

/** 1 when `expected` occurs in `found`, falling with the edits it takes to make it occur. */
function similarity(found: string, expected: string): number {
  if (found.length === 0) return 0;
  if (found.includes(expected)) return 1;
  const matches = approxSearch(found, expected, expected.length);
  const errors = matches.length > 0 ? Math.min(...matches.map((m) => m.errors)) : expected.length;
  return 1 - errors / expected.length;
}

function positionScore(text: string, start: number, hint: number | undefined): number {
  if (hint === undefined || text.length === 0) return 1;
  return 1 - Math.abs(start - hint) / text.length;
}

function combinedScore(quote: number, prefix: number, suffix: number, position: number): number {
  return (
    (QUOTE_WEIGHT * quote + PREFIX_WEIGHT * prefix + SUFFIX_WEIGHT * suffix + POSITION_WEIGHT * position) /
    MAX_SCORE
  );
}
