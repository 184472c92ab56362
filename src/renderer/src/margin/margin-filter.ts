import type { HighlightColor } from '@shared/annotations/annotation-model';
import { normalizeForSearch } from '@shared/text/arabic-normalize';
import { includesWholeWord } from '@shared/text/whole-words';
import type { AnchoredAnnotation } from '@shared/annotations/anchored-annotation';

export interface MarginFilter {
  colors: ReadonlySet<HighlightColor>;
  tag: string | null;
  query: string;
  /** The search matches whole words only (clitics و ف ب ك ل and ال allowed before them). */
  wholeWords?: boolean;
}

export const NO_FILTER: MarginFilter = { colors: new Set(), tag: null, query: '' };

/**
 * Normalized quote, note, tags (as shown, with '#') and colour meaning per annotation version, so
 * typing in the search box stays cheap at 10,000. A new index is made when the meanings change.
 */
export function createSearchIndex(
  meanings: Partial<Record<HighlightColor, string>> = {},
): (item: AnchoredAnnotation) => string {
  const cache = new Map<string, string>();
  return ({ annotation }) => {
    const key = `${annotation.id}|${annotation.modified}`;
    let value = cache.get(key);
    if (value === undefined) {
      const tags = annotation.tags.map((tag) => `#${tag}`).join(' ');
      const meaning = meanings[annotation.color] ?? '';
      value = normalizeForSearch(
        `${annotation.target.selector[0].exact}\n${annotation.note.text}\n${tags}\n${meaning}`,
      ).text;
      cache.set(key, value);
    }
    return value;
  };
}

export function filterAnnotations(
  items: AnchoredAnnotation[],
  filter: MarginFilter,
  searchText: (item: AnchoredAnnotation) => string,
): AnchoredAnnotation[] {
  const query = normalizeForSearch(filter.query.trim()).text;
  if (!query && filter.colors.size === 0 && !filter.tag) return items;
  return items.filter(
    (item) =>
      (filter.colors.size === 0 || filter.colors.has(item.annotation.color)) &&
      (!filter.tag || item.annotation.tags.includes(filter.tag)) &&
      (!query ||
        (filter.wholeWords ? includesWholeWord(searchText(item), query) : searchText(item).includes(query))),
  );
}

/** Whether any filter or search narrows the margin. */
export function isFiltering(filter: MarginFilter): boolean {
  return filter.colors.size > 0 || filter.tag !== null || filter.query.trim() !== '';
}

/** Tags are compared as typed on any keyboard: NFC, single spaces, no '#'. */
export function normalizeTag(raw: string): string {
  return raw.normalize('NFC').trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim();
}

/** Every tag on these annotations, once each, sorted for display. */
export function tagsOf(items: readonly AnchoredAnnotation[]): string[] {
  return [...new Set(items.flatMap((item) => item.annotation.tags))].sort((a, b) => a.localeCompare(b));
}
