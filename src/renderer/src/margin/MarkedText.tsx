import type { ReactNode } from 'react';
import { findAll } from '@shared/text/search-text';

/** What the margin is searching for: its matches are marked wherever the margin shows text. */
export interface MarginSearch {
  query: string;
  wholeWords: boolean;
}

export const NO_SEARCH: MarginSearch = { query: '', wholeWords: false };

/** `text` with each stretch the margin search matches (as the search matches) wrapped in `<mark>`. */
export function MarkedText({ text, search }: { text: string; search: MarginSearch }): ReactNode {
  const matches = search.query.trim() ? findAll(text, search.query, { wholeWords: search.wholeWords }) : [];
  if (matches.length === 0) return text;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of matches) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="search-mark">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
