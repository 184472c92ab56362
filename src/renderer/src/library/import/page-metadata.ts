import { normalizePublicationDate } from './publication-date';

/** What a saved page says about itself, read before Readability rearranges the document. */
export interface PageMetadata {
  /** `<title>`, else `og:title`. */
  title: string | null;
  siteName: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or ''. */
  publication: string;
  /** `<html lang>`, else `og:locale`, else `Content-Language`, as written. */
  language: string | null;
}

/** Meta names and properties that date an article, most specific first. */
const DATE_META = [
  'article:published_time',
  'datepublished',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.date',
  'dcterms.created',
  'pubdate',
  'publishdate',
  'publish-date',
  'date',
  'sailthru.date',
  'og:published_time',
];
const JSON_LD_DATE = /"datePublished"\s*:\s*"([^"]{4,40})"/;

export function readPageMetadata(document: Document): PageMetadata {
  const meta = metaValues(document);
  const title =
    collapse(document.getElementsByTagName('title')[0]?.textContent) ?? meta.get('og:title') ?? null;
  const siteName = meta.get('og:site_name') ?? meta.get('application-name') ?? null;
  const language =
    collapse(document.documentElement?.getAttribute('lang')) ??
    collapse(document.documentElement?.getAttribute('xml:lang')) ??
    meta.get('og:locale') ??
    meta.get('content-language') ??
    null;
  return { title, siteName, publication: publicationDate(document, meta), language };
}

/** Every `<meta>` by its name, property, itemprop or http-equiv (lowercased); the first of each wins. */
function metaValues(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const element of Array.from(document.getElementsByTagName('meta'))) {
    const content = collapse(element.getAttribute('content'));
    if (content === null) continue;
    for (const key of ['property', 'name', 'itemprop', 'http-equiv']) {
      const name = element.getAttribute(key)?.trim().toLowerCase();
      if (name && !values.has(name)) values.set(name, content);
    }
  }
  return values;
}

function publicationDate(document: Document, meta: Map<string, string>): string {
  const candidates = [
    ...DATE_META.map((name) => meta.get(name)),
    jsonLdDate(document),
    ...timeElements(document).map(
      (element) => element.getAttribute('datetime') ?? element.getAttribute('content'),
    ),
  ];
  for (const candidate of candidates) {
    const date = candidate ? normalizePublicationDate(candidate) : '';
    if (date !== '') return date;
  }
  return '';
}

function jsonLdDate(document: Document): string | null {
  for (const script of Array.from(document.getElementsByTagName('script'))) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const found = JSON_LD_DATE.exec(script.textContent ?? '');
    if (found) return found[1]!;
  }
  return null;
}

/** `<time pubdate>` and `itemprop="datePublished"` first, then the first dated `<time>` in the article. */
function timeElements(document: Document): Element[] {
  const times = Array.from(document.getElementsByTagName('time')).filter((time) =>
    time.hasAttribute('datetime'),
  );
  const marked = [
    ...times.filter((time) => time.hasAttribute('pubdate')),
    ...Array.from(document.querySelectorAll('[itemprop="datePublished"]')),
  ];
  const inArticle = times.filter((time) => time.closest('article, main') !== null);
  return [...marked, ...inArticle, ...times.slice(0, 1)];
}

function collapse(text: string | null | undefined): string | null {
  const collapsed = text?.replace(/\s+/g, ' ').trim() ?? '';
  return collapsed === '' ? null : collapsed;
}
