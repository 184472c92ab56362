import type { DocumentSummary } from '@shared/document/document-model';
import { normalizeForSearch } from '@shared/text/arabic-normalize';

/** One card of the library: the document and what the reader did with it. */
export interface LibraryEntry {
  summary: DocumentSummary;
  /** When it was imported; null for bundled documents. */
  added: string | null;
  lastOpened: string | null;
  highlights: number;
  notes: number;
}

export const LIBRARY_ORDERS = ['title', 'added', 'opened'] as const;
export type LibraryOrder = (typeof LIBRARY_ORDERS)[number];

const fold = (text: string): string => normalizeForSearch(text).text.replace(/\s+/g, ' ').trim();

/** Titles and sources, folded as find folds (harakat, hamza forms, ى/ي, ة/ه, tatweel, case). */
export function filterEntries(entries: readonly LibraryEntry[], query: string): LibraryEntry[] {
  const needle = fold(query);
  if (needle === '') return [...entries];
  return entries.filter(({ summary }) => {
    const haystack = [
      summary.title,
      summary.source.name,
      summary.source.nameEn ?? '',
      summary.imported?.byline ?? '',
    ];
    return haystack.some((field) => fold(field).includes(needle));
  });
}

const collator = new Intl.Collator(['ar', 'en'], { sensitivity: 'base', numeric: true });

/**
 * Title order is alphabetical in the reader's collation; date orders put the newest first and the
 * never-opened (or bundled, never added) last, each group by title so the order is stable.
 */
export function sortEntries(entries: readonly LibraryEntry[], order: LibraryOrder): LibraryEntry[] {
  const byTitle = (a: LibraryEntry, b: LibraryEntry) => collator.compare(a.summary.title, b.summary.title);
  if (order === 'title') return [...entries].sort(byTitle);
  const date = (entry: LibraryEntry) => (order === 'added' ? entry.added : entry.lastOpened) ?? '';
  return [...entries].sort((a, b) => date(b).localeCompare(date(a)) || byTitle(a, b));
}
