import type { List, Nodes, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { isReadAlsoLabel } from '../document/article-markers';
import type { BlockStyle, DraftBlock } from '../document/document-model';
import {
  annotateBlockLanguages,
  detectLanguage,
  directionOf,
  type DetectedLanguage,
} from './detect-language';
import { splitFrontMatter } from './front-matter';
import type { ImportOutcome } from './import-model';
import { markdownChunks } from './markdown-chunks';
import { fileNameStem } from './sniff-format';
import { readTextFile } from './text-import';

const HAS_TEXT = /[\p{L}\p{N}]/u;

/** What walking the Markdown tree collects. */
interface Collected {
  /** The first level-1 heading, when the front matter names no title. */
  title: string | null;
  blocks: DraftBlock[];
  related: string[];
}

interface Context {
  /** Whether a level-1 heading here may be the title: only at the top, and only without a front-matter title. */
  titleFromHeading: boolean;
  /** The front matter's title: a level-1 heading that repeats it is the title again, not a heading. */
  frontTitle?: string;
  /** How paragraphs here are set: inside a block quote, `quote`. */
  style?: BlockStyle;
}

/**
 * Reads a Markdown file (CommonMark) as structure and text only: headings, paragraphs, list items, quotes
 * and code become blocks; emphasis, links and inline code become their text; images are dropped and raw
 * HTML becomes the text between its tags. Nothing in the file is ever interpreted as markup to render.
 */
export function draftFromMarkdown(bytes: Uint8Array, fileName: string): ImportOutcome {
  const read = readTextFile(bytes);
  if (!read.ok) return read;
  const source = read.decoded.text.replace(/\r\n?/g, '\n').normalize('NFC');
  const { frontMatter, body } = splitFrontMatter(source);

  const collected: Collected = { title: null, blocks: [], related: [] };
  const children = markdownChunks(body).flatMap((chunk) => fromMarkdown(chunk).children);
  walk(
    children,
    { titleFromHeading: frontMatter.title === undefined, frontTitle: frontMatter.title?.normalize('NFC') },
    collected,
  );
  const title = nfc(frontMatter.title ?? collected.title ?? '');
  const blocks = collected.blocks
    .map((block) => ({ ...block, text: nfc(block.text) }))
    .filter((block) => block.text !== '');
  if (!HAS_TEXT.test(title) && !blocks.some((block) => HAS_TEXT.test(block.text))) {
    return { ok: false, reason: 'no-text' };
  }

  const language: DetectedLanguage =
    frontMatter.lang === undefined
      ? detectLanguage([title, ...blocks.map((block) => block.text)].join('\n\n'))
      : { language: frontMatter.lang, direction: directionOf(frontMatter.lang) };
  return {
    ok: true,
    draft: {
      format: 'markdown',
      fileName,
      title: title === '' ? fileNameStem(fileName) : title,
      ...language,
      siteName: null,
      byline: frontMatter.author ?? null,
      publication: frontMatter.date ?? '',
      blocks: annotateBlockLanguages(blocks, language),
      related: collected.related.map(nfc).filter((related) => related !== ''),
      encoding: read.decoded.encoding,
    },
  };
}

function walk(nodes: readonly RootContent[], context: Context, out: Collected): void {
  for (let index = 0; index < nodes.length; index += 1) {
    const node = nodes[index] as RootContent;
    const next = nodes[index + 1];
    if ((node.type === 'heading' || node.type === 'paragraph') && next?.type === 'list') {
      if (isReadAlsoLabel(phrasingText(node.children))) {
        out.related.push(...listItemTexts(next));
        index += 1;
        continue;
      }
    }
    switch (node.type) {
      case 'heading': {
        const text = phrasingText(node.children);
        const isTitle =
          out.title === null &&
          node.depth === 1 &&
          text !== '' &&
          (context.titleFromHeading || text.normalize('NFC') === context.frontTitle);
        if (isTitle) out.title = text;
        else out.blocks.push({ kind: 'heading', text });
        break;
      }
      case 'paragraph':
        out.blocks.push(paragraph(phrasingText(node.children), context.style));
        break;
      case 'list':
        walkList(node, out);
        break;
      case 'blockquote':
        walk(node.children, { titleFromHeading: false, style: 'quote' }, out);
        break;
      case 'code':
        out.blocks.push({
          kind: 'paragraph',
          text: node.value.replace(/^(?:[ \t]*\n)+/, '').trimEnd(),
          style: 'code',
        });
        break;
      case 'html':
        for (const text of htmlText(node.value).split(/\n\s*\n/)) {
          out.blocks.push(paragraph(text.trim(), context.style));
        }
        break;
      // Thematic breaks, link definitions and anything else carry no text of their own.
    }
  }
}

/** Each item a `list-item` block marked as its source numbered it; nested lists follow their item, flattened. */
function walkList(list: List, out: Collected): void {
  const nested: Context = { titleFromHeading: false };
  for (const [index, item] of list.children.entries()) {
    let marker: string | undefined = list.ordered ? `${(list.start ?? 1) + index}.` : '•';
    for (const child of item.children) {
      if (child.type === 'paragraph' || child.type === 'heading') {
        const text = phrasingText(child.children);
        // An item's later paragraphs continue it, without a marker of their own.
        out.blocks.push({
          kind: 'paragraph',
          text,
          style: 'list-item',
          ...(marker !== undefined && { marker }),
        });
        marker = undefined;
      } else {
        walk([child], nested, out);
      }
    }
  }
}

function listItemTexts(list: List): string[] {
  const out: Collected = { title: null, blocks: [], related: [] };
  walkList(list, out);
  return out.blocks.map((block) => block.text);
}

function paragraph(text: string, style: BlockStyle | undefined): DraftBlock {
  return { kind: 'paragraph', text, ...(style !== undefined && { style }) };
}

/** Inline content as the words a reader sees: soft breaks as spaces, hard breaks as line breaks, images gone. */
function phrasingText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map(inlineText)
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .trim();
}

function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
      return node.value.replace(/\n/g, ' ');
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'html':
      return htmlText(node.value);
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return '';
  }
  return 'children' in node ? node.children.map(inlineText).join('') : '';
}

const HTML_COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** Script and style bodies are code, not words: dropped with their tags, even when never closed. */
const SCRIPT_OR_STYLE = /<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi;
const TAG = /<\/?[A-Za-z][^>]*>?/g;
const CHARACTER_REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/g;
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
};

/** Raw HTML as the text between its tags: read as a string, never parsed into a document. */
function htmlText(html: string): string {
  return html
    .replace(HTML_COMMENT, '')
    .replace(SCRIPT_OR_STYLE, '')
    .replace(TAG, '')
    .replace(CHARACTER_REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
      if (name !== undefined) return NAMED[name] ?? reference;
      return codePointText(
        decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? '', 16),
      );
    });
}

function codePointText(code: number): string {
  const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
  return String.fromCodePoint(valid ? code : 0xfffd);
}

function nfc(text: string): string {
  return text.normalize('NFC');
}
