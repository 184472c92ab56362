import { normalizeForSearch } from './arabic-normalize';
import { wholeWordSpans, type FoldedSpan } from './whole-words';

export interface TextMatch {
  start: number;
  end: number;
}

export interface FindOptions {
  /** Stop after this many matches. */
  limit?: number;
  /** Only whole words, which may carry the proclitics و ف ب ك ل and the article (see whole-words). */
  wholeWords?: boolean;
}

export type TextSearcher = (query: string, options?: FindOptions) => TextMatch[];

function* substringSpans(text: string, needle: string): Generator<FoldedSpan> {
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1))
    yield { start: at, end: at + needle.length };
}

/** Normalizes `text` once, for searching it again on every keystroke. Matches are in original offsets. */
export function createTextSearcher(text: string): TextSearcher {
  const { text: folded, map } = normalizeForSearch(text);
  return (query, options = {}) => {
    const needle = normalizeForSearch(query.trim()).text;
    const limit = options.limit ?? Infinity;
    const matches: TextMatch[] = [];
    if (needle.length === 0) return matches;
    const spans = options.wholeWords ? wholeWordSpans(folded, needle) : substringSpans(folded, needle);
    let taken = 0;
    for (const { start, end } of spans) {
      if (matches.length >= limit) break;
      // A match that starts or ends inside one original character (a ligature's expansion) is not selectable.
      const aligned = (start === 0 || map[start - 1] !== map[start]) && map[end - 1] !== map[end];
      if (start < taken || !aligned) continue;
      matches.push({ start: map[start]!, end: map[end]! });
      taken = end;
    }
    return matches;
  };
}

/**
 * Every non-overlapping occurrence of `query` in `text`, ignoring diacritics, tatweel, letter variants,
 * digit scripts and Latin case. A match's end takes in the marks that follow its last letter.
 */
export function findAll(text: string, query: string, options?: FindOptions): TextMatch[] {
  return createTextSearcher(text)(query, options);
}
