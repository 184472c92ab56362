import type { DocumentManifest } from '../document/document-model';

/** The manifest fields a citation names. */
export type CitedDocument = Pick<
  DocumentManifest,
  'id' | 'title' | 'language' | 'direction' | 'source' | 'publication'
>;

export interface CitationStyle {
  open: string;
  close: string;
  comma: string;
  published: string;
  bibtexLanguage: string;
}

// The document's language, not the UI's, sets the marks: the quote is in the document's language.
const STYLES: Record<'ar' | 'en', CitationStyle> = {
  ar: { open: '«', close: '»', comma: '، ', published: 'نُشر في', bibtexLanguage: 'arabic' },
  en: { open: '“', close: '”', comma: ', ', published: 'published', bibtexLanguage: 'english' },
};

export function styleOf(document: CitedDocument): CitationStyle {
  return document.language.toLowerCase().startsWith('ar') ? STYLES.ar : STYLES.en;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as the manifest has it; anything else is not a date and is left out. */
const PUBLICATION = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function publicationParts(publication: string): { year: string } | null {
  const match = PUBLICATION.exec(publication.trim());
  return match ? { year: match[1]! } : null;
}

/** "Title — Source, published 2022-01" in the document's own punctuation. */
export function attribution(document: CitedDocument): string {
  const style = styleOf(document);
  const date = publicationParts(document.publication);
  const source = document.source.name.trim();
  const parts = [document.title.trim(), source].filter((part) => part !== '').join(' — ');
  return date ? `${parts}${style.comma}${style.published} ${document.publication.trim()}` : parts;
}
