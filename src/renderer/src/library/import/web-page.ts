import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom/worker';
import { decodeText } from '@shared/import/decode-text';
import { readMhtmlPage } from '@shared/import/mhtml';
import { fileNameStem } from '@shared/import/sniff-format';
import { documentLanguage } from './document-language';
import { declaredCharset } from './html-charset';
import { SliceWriter } from './html-slices';
import { markLineBreakParagraphs } from './line-break-paragraphs';
import { readPageMetadata } from './page-metadata';
import { removeSiteFurniture } from './site-furniture';
import { stripInertMarkup } from './strip-inert-markup';
import type { Extraction, ImportProgress } from './worker-protocol';

/**
 * Readability resolves every link against the document's base URL, and linkedom has none, so each one
 * threw (a tenth of Readability's time). A reserved name that never resolves; no attribute leaves the worker.
 */
const INERT_BASE = 'https://saved-page.invalid/';

/**
 * A saved web page (`.html`, or the page inside an `.mhtml`) → its main text as HTML slices plus what
 * it says about itself. Runs in the worker on linkedom, where nothing can load or run.
 */
export function extractWebPage(
  bytes: Uint8Array,
  fileName: string,
  format: 'html' | 'mhtml',
  onProgress: (progress: ImportProgress) => void,
): Extraction {
  onProgress({ stage: 'reading', fraction: null });
  const page = format === 'mhtml' ? readMhtmlPage(bytes) : { html: bytes, charset: null };
  if (page === null) return { kind: 'refused', reason: 'damaged' };
  const decoded = decodeText(page.html, page.charset ?? declaredCharset(page.html));
  if (decoded === null) return { kind: 'refused', reason: 'unknown-encoding' };

  onProgress({ stage: 'extracting', fraction: null });
  const { document } = parseHTML(stripInertMarkup(decoded.text));
  const dom = document as unknown as Document;
  const metadata = readPageMetadata(dom);
  removeSiteFurniture(dom);
  markLineBreakParagraphs(dom);
  for (const property of ['baseURI', 'documentURI']) {
    Object.defineProperty(dom, property, { value: INERT_BASE, configurable: true });
  }
  const article = new Readability<Node>(dom, { serializer: (node) => node }).parse();
  // Readability gives up on pages with almost no text: the body is then all there is.
  const content = article?.content ?? dom.body;
  if (!content) return { kind: 'refused', reason: 'no-text' };

  const writer = new SliceWriter();
  writer.addChildren(content);
  const slices = writer.finish();
  if (slices.length === 0) return { kind: 'refused', reason: 'no-text' };
  const { language, direction } = documentLanguage(
    metadata.language,
    article?.textContent ?? content.textContent ?? '',
  );
  return {
    kind: 'page',
    page: {
      format,
      fileName,
      title: firstText(article?.title, metadata.title, fileNameStem(fileName)),
      byline: firstText(article?.byline) || null,
      siteName: firstText(article?.siteName, metadata.siteName) || null,
      publication: metadata.publication,
      language,
      direction,
      encoding: decoded.encoding,
      slices,
    },
  };
}

/** The first of `candidates` with text in it, whitespace collapsed and NFC; '' if none has. */
export function firstText(...candidates: (string | null | undefined)[]): string {
  for (const candidate of candidates) {
    const text = candidate?.replace(/\s+/g, ' ').trim().normalize('NFC') ?? '';
    if (text !== '') return text;
  }
  return '';
}
