import { normalizeForSearch } from '../text/arabic-normalize';
import type { RelatedPiece } from './document-model';

/** Runs of anything but letters, digits and marks: punctuation, symbols, spaces of every width. */
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;

/**
 * A title as find compares text (diacritics and tatweel gone; hamza forms, ى/ي and ة/ه merged; case
 * unified), with punctuation and spacing reduced to single spaces, so a "read also" entry typed one way
 * finds the document titled another.
 */
export function titleKey(title: string): string {
  return normalizeForSearch(title.normalize('NFC')).text.replace(SEPARATORS, ' ').trim().toLowerCase();
}

/**
 * Links each related title to the library document whose title has the same key. When several do,
 * the first in library order wins (bundled documents first, then the earliest import).
 */
export function resolveRelated(
  titles: readonly string[],
  library: readonly { id: string; title: string }[],
): RelatedPiece[] {
  const idByKey = new Map<string, string>();
  for (const document of library) {
    const key = titleKey(document.title);
    if (key !== '' && !idByKey.has(key)) idByKey.set(key, document.id);
  }
  return titles.map((title) => ({ title, documentId: idByKey.get(titleKey(title)) ?? null }));
}
