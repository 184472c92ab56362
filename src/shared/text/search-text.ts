import { normalizeForSearch } from './arabic-normalize';

export interface TextMatch {
  start: number;
  end: number;
}

export interface FindOptions {
  /** Stop after this many matches. */
  limit?: number;
}

export type TextSearcher = (query: string, options?: FindOptions) => TextMatch[];

/** Normalizes `text` once, for searching it again on every keystroke. Matches are in original offsets. */
export function createTextSearcher(text: string): TextSearcher {
  const { text: folded, map } = normalizeForSearch(text);
  return (query, options = {}) => {
    const needle = normalizeForSearch(query.trim()).text;
    const limit = options.limit ?? Infinity;
    const matches: TextMatch[] = [];
    if (needle.length === 0) return matches;
    let at = folded.indexOf(needle);
    while (at !== -1 && matches.length < limit) {
      const after = at + needle.length;
      // A match that starts or ends inside one original character (a ligature's expansion) is not selectable.
      const aligned = (at === 0 || map[at - 1] !== map[at]) && map[after - 1] !== map[after];
      if (aligned) matches.push({ start: map[at]!, end: map[after]! });
      at = folded.indexOf(needle, aligned ? after : at + 1);
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
