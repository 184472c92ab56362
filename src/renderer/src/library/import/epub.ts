import { DOMParser, parseHTML } from 'linkedom/worker';
import { decodeText } from '@shared/import/decode-text';
import { IMPORT_MAX_BYTES } from '@shared/import/import-model';
import { fileNameStem } from '@shared/import/sniff-format';
import { documentLanguage } from './document-language';
import { escapeText, SliceWriter } from './html-slices';
import { normalizePublicationDate } from './publication-date';
import { firstText } from './web-page';
import type { Extraction, ImportProgress } from './worker-protocol';
import { openZip, type ZipArchive } from './zip-archive';

/*
 * One document per book, its chapters as heading sections: a book is what a reader cites, searches,
 * exports and annotates as one source, and the sections keep its chapters one click apart in the table
 * of contents. (A document per chapter would put fifty "documents" of one book in the library.)
 */

interface ManifestItem {
  path: string;
  mediaType: string;
  properties: string;
}

const CHAPTER_TYPES = new Set(['application/xhtml+xml', 'text/html']);
const HEADING = /^h[1-6]$/;
const NOT_TEXT = new Set(['script', 'style', 'svg', 'math', 'head', 'template', 'noscript']);
/** From each chapter, so a preface in another language does not decide the book's language alone. */
const LANGUAGE_SAMPLE_CHARS_PER_CHAPTER = 2_000;
const XML_DECLARED_ENCODING = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/;
/** XHTML's `<div/>` is an empty div; read as HTML it would swallow the rest of the chapter. */
const SELF_CLOSED = /<([a-zA-Z][\w:-]*)(\s[^<>]*?)?\/>/g;
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * An EPUB → one document: `META-INF/container.xml` → the package (OPF) → the spine's chapters in
 * reading order, each opened by its title from the table of contents (EPUB 3 nav, else the EPUB 2
 * NCX) unless it opens with a heading of its own. Metadata from the package's Dublin Core. A chapter
 * the spine lists twice is read once, and a book whose text passes `maxTextChars` is refused as too large.
 */
export function extractEpub(
  bytes: Uint8Array,
  fileName: string,
  onProgress: (progress: ImportProgress) => void,
  maxTextChars = IMPORT_MAX_BYTES,
): Extraction {
  onProgress({ stage: 'reading', fraction: null });
  const zip = openZip(bytes);
  const container = readXml(zip, 'META-INF/container.xml');
  const packagePath = container && elementsNamed(container, 'rootfile')[0]?.getAttribute('full-path');
  const opf = packagePath ? readXml(zip, packagePath) : null;
  if (!packagePath || !opf) return { kind: 'refused', reason: 'damaged' };

  const manifest = readManifest(opf, packagePath);
  const spinePaths = elementsNamed(opf, 'itemref')
    .filter((itemref) => itemref.getAttribute('linear') !== 'no')
    .map((itemref) => manifest.get(itemref.getAttribute('idref') ?? ''))
    .filter((item): item is ManifestItem => item !== undefined && CHAPTER_TYPES.has(item.mediaType))
    .map((item) => item.path);
  // A spine listing one small chapter thousands of times would otherwise inflate it into gigabytes of text.
  const spine = [...new Set(spinePaths)];
  const titles = chapterTitles(zip, opf, manifest);

  const writer = new SliceWriter();
  let sample = '';
  let textChars = 0;
  for (const [index, path] of spine.entries()) {
    onProgress({ stage: 'extracting', fraction: index / spine.length });
    const body = readChapterBody(zip, path);
    const text = body?.textContent ?? '';
    // A cover or a page of images opens no section: its title would stand over nothing.
    if (body === null || firstText(text) === '') continue;
    textChars += text.length;
    if (textChars > maxTextChars) return { kind: 'refused', reason: 'too-large' };
    const title = titles.get(path);
    if (title && firstBlockKind(body, 0) !== 'heading') writer.addHtml(`<h1>${escapeText(title)}</h1>`);
    writer.addChildren(body);
    sample += ` ${text.slice(0, LANGUAGE_SAMPLE_CHARS_PER_CHAPTER)}`;
  }
  const slices = writer.finish();
  if (slices.length === 0) return { kind: 'refused', reason: 'no-text' };

  const dublinCore = (name: string): string => firstText(elementsNamed(opf, name)[0]?.textContent);
  const { language, direction } = documentLanguage(dublinCore('language') || null, sample);
  return {
    kind: 'page',
    page: {
      format: 'epub',
      fileName,
      title: firstText(dublinCore('title'), fileNameStem(fileName)),
      byline: dublinCore('creator') || null,
      siteName: dublinCore('publisher') || null,
      publication: normalizePublicationDate(dublinCore('date')),
      language,
      direction,
      slices,
    },
  };
}

function readManifest(opf: Document, packagePath: string): Map<string, ManifestItem> {
  const items = new Map<string, ManifestItem>();
  for (const item of elementsNamed(opf, 'item')) {
    const id = item.getAttribute('id');
    const href = item.getAttribute('href');
    if (!id || !href) continue;
    items.set(id, {
      path: resolvePath(packagePath, href),
      mediaType: (item.getAttribute('media-type') ?? '').trim().toLowerCase(),
      properties: item.getAttribute('properties') ?? '',
    });
  }
  return items;
}

/** Chapter file → its title in the book's table of contents (the first entry that points into it). */
function chapterTitles(
  zip: ZipArchive,
  opf: Document,
  manifest: Map<string, ManifestItem>,
): Map<string, string> {
  const items = [...manifest.values()];
  const nav = items.find((item) => item.properties.split(/\s+/).includes('nav'));
  const tocId = elementsNamed(opf, 'spine')[0]?.getAttribute('toc') ?? '';
  const ncx = manifest.get(tocId) ?? items.find((item) => item.mediaType === 'application/x-dtbncx+xml');
  const entries = nav ? navEntries(zip, nav.path) : ncx ? ncxEntries(zip, ncx.path) : [];
  const titles = new Map<string, string>();
  for (const { path, title } of entries) {
    if (title !== '' && !titles.has(path)) titles.set(path, title);
  }
  return titles;
}

function navEntries(zip: ZipArchive, navPath: string): { path: string; title: string }[] {
  const body = readChapterBody(zip, navPath);
  if (body === null) return [];
  const navs = elementsNamed(body, 'nav');
  const toc =
    navs.find((nav) => (nav.getAttribute('epub:type') ?? '').split(/\s+/).includes('toc')) ?? navs[0];
  return (toc ? elementsNamed(toc, 'a') : []).map((link) => ({
    path: resolvePath(navPath, link.getAttribute('href') ?? ''),
    title: firstText(link.textContent),
  }));
}

function ncxEntries(zip: ZipArchive, ncxPath: string): { path: string; title: string }[] {
  const ncx = readXml(zip, ncxPath);
  if (ncx === null) return [];
  return elementsNamed(ncx, 'navPoint').map((point) => ({
    path: resolvePath(ncxPath, elementsNamed(point, 'content')[0]?.getAttribute('src') ?? ''),
    title: firstText(elementsNamed(point, 'text')[0]?.textContent),
  }));
}

function readText(zip: ZipArchive, path: string): string | null {
  const bytes = zip.read(path);
  if (bytes === null) return null;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 200));
  return decodeText(bytes, XML_DECLARED_ENCODING.exec(head)?.[1] ?? null)?.text ?? null;
}

function readXml(zip: ZipArchive, path: string): Document | null {
  const text = readText(zip, path);
  if (text === null) return null;
  return new DOMParser().parseFromString(text, 'text/xml') as unknown as Document;
}

/** A chapter read as HTML (so `&nbsp;` and friends are known), its self-closed tags opened and closed. */
function readChapterBody(zip: ZipArchive, path: string): Element | null {
  const text = readText(zip, path);
  if (text === null) return null;
  const html = text.replace(SELF_CLOSED, (whole, name: string, attributes: string | undefined) =>
    VOID_ELEMENTS.has(name.toLowerCase()) ? whole : `<${name}${attributes ?? ''}></${name}>`,
  );
  const { document } = parseHTML(html);
  return (document as unknown as Document).body;
}

/** Whether a chapter's text starts with a heading, so the table of contents' title is not said twice. */
function firstBlockKind(node: Node, depth: number): 'heading' | 'text' | null {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim() !== '') return 'text';
    if (child.nodeType !== 1 || depth > 32) continue;
    const name = localName(child as Element);
    if (HEADING.test(name)) return firstText(child.textContent) === '' ? null : 'heading';
    if (NOT_TEXT.has(name)) continue;
    const kind = firstBlockKind(child, depth + 1);
    if (kind !== null) return kind;
  }
  return null;
}

/** Elements under `root` whose name, without its namespace prefix, is `name` (linkedom has no `*` lookup). */
function elementsNamed(root: Node, name: string): Element[] {
  const found: Element[] = [];
  const wanted = name.toLowerCase();
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType !== 1) continue;
      if (localName(child as Element) === wanted) found.push(child as Element);
      visit(child);
    }
  };
  visit(root);
  return found;
}

function localName(element: Element): string {
  const name = element.tagName.toLowerCase();
  return name.slice(name.indexOf(':') + 1);
}

/** A link's target as a path inside the archive: relative to the file it is in, without its fragment. */
export function resolvePath(fromFile: string, href: string): string {
  const target = href.replace(/[#?].*$/, '');
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // A stray % is a literal character in the file name.
  }
  const segments = decoded.startsWith('/') ? [] : fromFile.split('/').slice(0, -1);
  for (const segment of decoded.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '.' && segment !== '') segments.push(segment);
  }
  return segments.join('/');
}
