import type { BlockStyle, DraftBlock } from '@shared/document/document-model';
import type { HtmlSlice } from './html-slices';
import { BLOCK_STRUCTURE_TAGS } from './text-structure';

interface ListState {
  ordered: boolean;
  count: number;
}

interface Context {
  quote: boolean;
  list: ListState | null;
  /** The list item being read; its marker goes to its first paragraph only. */
  item: { marker: string | null } | null;
}

const HEADING = /^h[1-6]$/;
/** Elements that start a block of their own; everything else (em, span, a…) flows into the text around it. */
const BLOCK_ELEMENTS = new Set<string>(BLOCK_STRUCTURE_TAGS);
const CELL = new Set(['td', 'th']);
/** Between the cells of a table row set as one paragraph. */
const CELL_SEPARATOR = ' · ';
/** Every kind of white space, no-break space included, reads as one space in a paragraph. */
const WHITE_SPACE = /\s+/g;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Sanitized HTML (the body DOMPurify returns) → draft blocks: headings; paragraphs with their white space
 * collapsed and `<br>` as a line break (two in a row part paragraphs); list items with their marker,
 * block quotes and preformatted text as styled paragraphs; a table row as one paragraph of its cells.
 * Empty blocks are left out; NFC.
 */
export function blocksFromSanitizedHtml(
  root: Element,
  slice: Pick<HtmlSlice, 'ancestors' | 'listStart'> = { ancestors: [], listStart: 0 },
): DraftBlock[] {
  const blocks: DraftBlock[] = [];
  const context = contextOfAncestors(slice);

  const push = (kind: DraftBlock['kind'], text: string, style?: BlockStyle, marker?: string | null): void => {
    const normalized = text.normalize('NFC');
    if (normalized === '') return;
    blocks.push({
      kind,
      text: normalized,
      ...(style && { style }),
      ...(marker && { marker }),
    });
  };

  const flush = (run: string[], context: Context): void => {
    const text = run.join('').replace(/ *\n */g, '\n');
    run.length = 0;
    for (const piece of text.split(/\n{2,}/)) {
      const paragraph = piece.replace(/ {2,}/g, ' ').trim();
      if (paragraph === '') continue;
      if (context.item) {
        push('paragraph', paragraph, 'list-item', context.item.marker);
        context.item.marker = null;
      } else {
        push('paragraph', paragraph, context.quote ? 'quote' : undefined);
      }
    }
  };

  /** Reads `node`'s children into `run`, flushing it wherever a block starts. */
  const walk = (node: Node, context: Context, run: string[]): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        run.push((child.nodeValue ?? '').replace(WHITE_SPACE, ' '));
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const name = nameOf(child);
      if (name === 'br') run.push('\n');
      else if (BLOCK_ELEMENTS.has(name)) {
        flush(run, context);
        block(child as Element, name, context);
      } else walk(child, context, run);
    }
  };

  const container = (element: Element, context: Context): void => {
    const run: string[] = [];
    walk(element, context, run);
    flush(run, context);
  };

  const block = (element: Element, name: string, context: Context): void => {
    if (HEADING.test(name)) {
      push('heading', flatText(element).replace(/ +/g, ' ').trim());
    } else if (name === 'pre') {
      push('paragraph', preformattedText(element), 'code');
    } else if (name === 'blockquote') {
      container(element, { ...context, quote: true });
    } else if (name === 'ul' || name === 'ol') {
      container(element, { ...context, list: { ordered: name === 'ol', count: 0 } });
    } else if (name === 'li') {
      const list = context.list ?? { ordered: false, count: 0 };
      list.count += 1;
      container(element, { ...context, item: { marker: list.ordered ? `${list.count}.` : '•' } });
    } else if (name === 'tr') {
      row(element, context);
    } else {
      container(element, context);
    }
  };

  /** A row of short cells is one paragraph; a row whose cells hold paragraphs (a layout table) is read through. */
  const row = (element: Element, context: Context): void => {
    const cells = childElements(element).filter((cell) => CELL.has(nameOf(cell)));
    if (cells.some(holdsBlocks)) {
      for (const cell of cells) container(cell, context);
      return;
    }
    const text = cells
      .map((cell) => flatText(cell).replace(/ +/g, ' ').trim())
      .filter((cellText) => cellText !== '')
      .join(CELL_SEPARATOR);
    flush([text], context);
  };

  container(root, context);
  return blocks;
}

/** The context a slice's content sits in: the containers the worker had to cut it out of. */
function contextOfAncestors(slice: Pick<HtmlSlice, 'ancestors' | 'listStart'>): Context {
  let context: Context = { quote: false, list: null, item: null };
  for (const [index, ancestor] of slice.ancestors.entries()) {
    if (ancestor === 'blockquote') context = { ...context, quote: true };
    if (ancestor === 'ul' || ancestor === 'ol') {
      const innermost = index === slice.ancestors.length - 1;
      const count = ancestor === 'ol' && innermost ? slice.listStart : 0;
      context = { ...context, list: { ordered: ancestor === 'ol', count } };
    }
  }
  return context;
}

/** All the text in an element as one line: line breaks become spaces. */
function flatText(element: Element): string {
  return (element.textContent ?? '').replace(WHITE_SPACE, ' ');
}

/** Preformatted text as written, but with no empty line: two line breaks in a row separate blocks. */
function preformattedText(element: Element): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) parts.push(child.nodeValue ?? '');
      else if (child.nodeType === ELEMENT_NODE) {
        if (nameOf(child) === 'br') parts.push('\n');
        else visit(child);
      }
    }
  };
  visit(element);
  return parts
    .join('')
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{2,}/g, '\n')
    .replace(/^\n+|\n+$/g, '');
}

function holdsBlocks(element: Element): boolean {
  return childElements(element).some((child) => BLOCK_ELEMENTS.has(nameOf(child)) || holdsBlocks(child));
}

function childElements(element: Element): Element[] {
  const children: Element[] = [];
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === ELEMENT_NODE) children.push(child as Element);
  }
  return children;
}

function nameOf(node: Node): string {
  return (node as Element).localName.toLowerCase();
}

/** Folds a title or a name for comparison: case, white space and the punctuation around it. */
function titleFold(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}

/** How far into the body a repeated title or byline may sit (after a kicker, a caption, each other). */
const LEADING_WINDOW = 3;
/** A byline line is short: a paragraph that names the author in passing is text. */
const MAX_BYLINE_LINE_CHARS = 120;
/** What sites put between an article's title and their name in `<title>`. */
const TITLE_SEPARATOR = /^\s*[|\-–—:·•«»/\\]\s*/;

/**
 * Drops what repeats the document's metadata at the top of the body: the page's `<h1>` (or a bold title
 * line) when it is the title, also when the title carries the site's name after a separator, and the
 * byline line ("بقلم: …"), shown from the metadata instead.
 */
export function withoutRepeatedMetadata(
  blocks: DraftBlock[],
  metadata: { title: string; byline: string | null },
): DraftBlock[] {
  const title = titleFold(metadata.title);
  const withoutTitle = withoutFirst(
    blocks,
    (block) => (block.kind === 'heading' || !block.style) && repeatsTitle(titleFold(block.text), title),
  );
  const byline = titleFold(metadata.byline ?? '');
  if (byline.length < 4) return withoutTitle;
  return withoutFirst(
    withoutTitle,
    (block) =>
      block.kind === 'paragraph' &&
      !block.style &&
      block.text.length <= MAX_BYLINE_LINE_CHARS &&
      titleFold(block.text).includes(byline),
  );
}

function withoutFirst(blocks: DraftBlock[], matches: (block: DraftBlock) => boolean): DraftBlock[] {
  const index = blocks.slice(0, LEADING_WINDOW).findIndex(matches);
  return index < 0 ? blocks : [...blocks.slice(0, index), ...blocks.slice(index + 1)];
}

function repeatsTitle(heading: string, title: string): boolean {
  if (heading === '' || title === '') return false;
  if (heading === title) return true;
  if (title.startsWith(heading)) return TITLE_SEPARATOR.test(title.slice(heading.length));
  if (title.endsWith(heading)) return TITLE_SEPARATOR.test(reverse(title.slice(0, -heading.length)));
  return false;
}

function reverse(text: string): string {
  return [...text].reverse().join('');
}
