import type { DraftBlock } from '../document/document-model';
import { parseArticle } from '../document/parse-article';
import { decodeText, type DecodedText } from './decode-text';
import { annotateBlockLanguages, detectLanguage } from './detect-language';
import type { ImportOutcome, ImportRefusal } from './import-model';
import { fileNameStem } from './sniff-format';

/** A first block longer than this, or spread over lines, is the article's opening, not its title. */
const TITLE_MAX_CHARS = 160;
/** A first block ending like a running sentence is prose, not a title (a title may end in ? or !). */
const PROSE_END = /[.،,:;؛]$/u;
const HAS_TEXT = /[\p{L}\p{N}]/u;

/**
 * Reads a plain-text file as the bundled parser reads the seed article: first block the title,
 * then headings, paragraphs and a "read also" list. A file that opens with prose is titled by its name.
 */
export function draftFromText(bytes: Uint8Array, fileName: string): ImportOutcome {
  const read = readTextFile(bytes);
  if (!read.ok) return read;
  const { text, encoding } = read.decoded;
  if (!HAS_TEXT.test(text)) return { ok: false, reason: 'no-text' };

  const stem = fileNameStem(fileName);
  const asWritten = parseArticle(text);
  // The parser takes the first block as the title; when that block is prose, give it the file's name instead.
  const parsed =
    isTitleShaped(asWritten.title) || stem === '' ? asWritten : parseArticle(`${stem}\n\n${text}`);
  const blocks: DraftBlock[] = parsed.blocks
    .filter((block) => block.kind !== 'title')
    .map((block) => ({ kind: block.kind === 'heading' ? 'heading' : 'paragraph', text: block.text }));
  const language = detectLanguage(parsed.text);
  return {
    ok: true,
    draft: {
      format: 'text',
      fileName,
      title: parsed.title,
      ...language,
      siteName: null,
      byline: null,
      publication: '',
      blocks: annotateBlockLanguages(blocks, language),
      related: parsed.related.map((piece) => piece.title),
      encoding,
    },
  };
}

export type TextFileRead = { ok: true; decoded: DecodedText } | { ok: false; reason: ImportRefusal };

/** The decoded text of a text-based file, or why there is none: no bytes, only blank space, or bytes no encoding explains. */
export function readTextFile(bytes: Uint8Array): TextFileRead {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  const decoded = decodeText(bytes);
  if (decoded === null) return { ok: false, reason: 'unknown-encoding' };
  if (decoded.text.trim() === '') return { ok: false, reason: 'empty' };
  return { ok: true, decoded };
}

function isTitleShaped(block: string): boolean {
  return block.length <= TITLE_MAX_CHARS && !block.includes('\n') && !PROSE_END.test(block);
}
