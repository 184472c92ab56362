import { BLOCK_SEPARATOR } from '../document/document-model';
import { render } from './annotation-blocks';
import { attribution, publicationParts, styleOf, type CitedDocument } from './attribution';
import { blockquote, escapeInline } from './markdown-text';
import { textDirection } from './text-direction';

export type { CitedDocument } from './attribution';

export const CITATION_FORMATS = ['plain', 'markdown', 'bibtex'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export function isCitationFormat(value: unknown): value is CitationFormat {
  return typeof value === 'string' && (CITATION_FORMATS as readonly string[]).includes(value);
}

function paragraphsOf(quote: string): string[] {
  return quote
    .split(BLOCK_SEPARATOR)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '');
}

function plainCitation(quote: string, document: CitedDocument): string {
  const style = styleOf(document);
  return `${style.open}${paragraphsOf(quote).join('\n')}${style.close}\n${attribution(document)}\n`;
}

function markdownCitation(quote: string, document: CitedDocument): string {
  const style = styleOf(document);
  const paragraphs = paragraphsOf(quote);
  const last = paragraphs.length - 1;
  const marked = paragraphs.map(
    (paragraph, index) => (index === 0 ? style.open : '') + paragraph + (index === last ? style.close : ''),
  );
  const dir = textDirection(quote, document.direction);
  return render([{ dir, blocks: [blockquote(marked), `— ${escapeInline(attribution(document))}`] }]);
}

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  '#': '\\#',
  $: '\\$',
  _: '\\_',
};

/** A BibTeX field value: the characters BibTeX and LaTeX read as syntax are escaped, lines joined. */
export function bibtexValue(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\{}%&#$_]/g, (char) => BIBTEX_SPECIALS[char]!);
}

/** An ASCII key from the library id and the year: `china_interests_kazakhstan_2022`. */
export function bibtexKey(document: CitedDocument): string {
  const year = publicationParts(document.publication)?.year ?? '';
  const base = document.id
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const key = base.endsWith(year) ? base : [base, year].filter((part) => part !== '').join('_');
  return key === '' ? 'hamish' : key;
}

function bibtexCitation(quote: string, document: CitedDocument): string {
  const style = styleOf(document);
  const date = publicationParts(document.publication);
  const fields: [string, string][] = [
    ['title', document.title],
    ['journal', document.source.name],
    ...(date ? ([['date', document.publication.trim()]] as [string, string][]) : []),
    ...(date ? ([['year', date.year]] as [string, string][]) : []),
    ['language', style.bibtexLanguage],
    ['note', `${style.open}${paragraphsOf(quote).join(' ')}${style.close}`],
  ];
  const lines = fields
    .filter(([, value]) => value.trim() !== '')
    .map(([name, value]) => `  ${name} = {${bibtexValue(value)}}`);
  return `@article{${bibtexKey(document)},\n${lines.join(',\n')}\n}\n`;
}

/** The quote with the title, source and publication date of its document, in the format the reader chose. */
export function citeQuote(quote: string, document: CitedDocument, format: CitationFormat): string {
  if (format === 'markdown') return markdownCitation(quote, document);
  if (format === 'bibtex') return bibtexCitation(quote, document);
  return plainCitation(quote, document);
}
