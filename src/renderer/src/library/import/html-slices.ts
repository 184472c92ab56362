import { PARAGRAPH_MARK } from './line-break-paragraphs';
import { BLOCK_STRUCTURE_TAGS, DROPPED_WITH_CONTENT } from './text-structure';

/**
 * A piece of a page's content small enough to sanitize in one short main-thread task. `ancestors` are the
 * containers it sits in that were too big to send whole (outermost first), so a list item in the third
 * slice of a long list still knows it is in a list, and `listStart` counts the items of the innermost
 * ordered list that earlier slices already carried.
 */
export interface HtmlSlice {
  html: string;
  ancestors: string[];
  listStart: number;
}

/**
 * Sanitizing and reading 16 KB of Arabic news markup into blocks takes about 3 ms in Chromium, 15 ms on
 * the first slice while the code is still cold: each slice is one main-thread task.
 */
export const SLICE_CHARS = 16 * 1024;
/** Pathologically deep markup is flattened to its text beyond this, instead of overflowing the stack. */
const MAX_DEPTH = 256;

/** Kept as they are: text structure. Inline markup (em, a, span…) is unwrapped, since blocks are plain text. */
const BLOCK_TAGS = new Set<string>(BLOCK_STRUCTURE_TAGS);

/** Block elements outside the vocabulary, renamed so their text stays a block of its own. */
const RENAMED: Record<string, string> = {
  address: 'div',
  aside: 'div',
  body: 'div',
  caption: 'div',
  center: 'div',
  details: 'div',
  dialog: 'div',
  fieldset: 'div',
  footer: 'div',
  form: 'div',
  hgroup: 'div',
  html: 'div',
  legend: 'div',
  nav: 'div',
  search: 'div',
  summary: 'div',
  dir: 'ul',
  menu: 'ul',
  listing: 'pre',
  tfoot: 'tbody',
};

/** Containers a slice may be cut inside; the others travel whole, however long. */
const SPLITTABLE = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  'blockquote',
  'ul',
  'ol',
  'table',
  'thead',
  'tbody',
  'tr',
  'td',
  'th',
  'dl',
  'figure',
]);

const DROPPED = new Set<string>([...DROPPED_WITH_CONTENT, 'colgroup', 'col']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

interface OpenContainer {
  tag: string;
  items: number;
}

/**
 * Writes a DOM tree (linkedom's, in the worker) as HTML in the text-structure vocabulary, cut into
 * slices of about `maxChars`: attributes, inline markup and everything that is not text are left out.
 */
export class SliceWriter {
  private readonly slices: HtmlSlice[] = [];
  private readonly open: OpenContainer[] = [];
  private buffer: string[] = [];
  private bufferLength = 0;
  private listStart = 0;
  private readonly sizes = new Map<Node, number>();

  constructor(private readonly maxChars = SLICE_CHARS) {}

  /** Adds markup the caller wrote (a chapter heading); its text must already be escaped. */
  addHtml(html: string): void {
    this.append(html);
  }

  /** Adds the children of `root`, not `root` itself. */
  addChildren(root: Node): void {
    for (let child = root.firstChild; child !== null; child = child.nextSibling) this.addNode(child, 0);
  }

  finish(): HtmlSlice[] {
    this.flush();
    return this.slices;
  }

  private addNode(node: Node, depth: number): void {
    if (node.nodeType !== ELEMENT_NODE) {
      this.append(serializeNode(node, depth, false));
      return;
    }
    const tag = outputTag(node as Element);
    if (tag === null) return;
    const fits = this.sizeOf(node, depth) <= this.maxChars;
    if (fits || depth >= MAX_DEPTH || (tag !== '' && !SPLITTABLE.has(tag))) {
      this.append(serializeNode(node, depth, false));
      const innermost = this.open.at(-1);
      if (tag === 'li' && innermost) innermost.items += 1;
      return;
    }
    if (tag === '') {
      for (let child = node.firstChild; child !== null; child = child.nextSibling)
        this.addNode(child, depth + 1);
      return;
    }
    this.flush();
    this.open.push({ tag, items: 0 });
    for (let child = node.firstChild; child !== null; child = child.nextSibling)
      this.addNode(child, depth + 1);
    this.flush();
    this.open.pop();
  }

  private append(html: string): void {
    if (html === '') return;
    if (this.bufferLength > 0 && this.bufferLength + html.length > this.maxChars) this.flush();
    if (this.bufferLength === 0) {
      const innermost = this.open.at(-1);
      this.listStart = innermost?.tag === 'ol' ? innermost.items : 0;
    }
    this.buffer.push(html);
    this.bufferLength += html.length;
  }

  private flush(): void {
    if (this.bufferLength === 0) return;
    const html = this.buffer.join('');
    this.buffer = [];
    this.bufferLength = 0;
    // Whitespace between blocks carries nothing.
    if (html.trim() === '') return;
    this.slices.push({
      html,
      ancestors: this.open.map((container) => container.tag),
      listStart: this.listStart,
    });
  }

  /** An estimate of a node's serialized length, memoized so that each subtree is measured once. */
  private sizeOf(node: Node, depth: number): number {
    const known = this.sizes.get(node);
    if (known !== undefined) return known;
    let size: number;
    if (node.nodeType !== ELEMENT_NODE || depth >= MAX_DEPTH) {
      size = node.textContent?.length ?? 0;
    } else {
      const tag = outputTag(node as Element);
      size = tag === null ? 0 : tag.length * 2 + 5;
      if (tag !== null) {
        for (let child = node.firstChild; child !== null; child = child.nextSibling) {
          size += this.sizeOf(child, depth + 1);
        }
      }
    }
    this.sizes.set(node, size);
    return size;
  }
}

/** The tag a source element is written as: itself, a renamed block, '' to unwrap it, or null to drop it. */
function outputTag(element: Element): string | null {
  const name = element.localName.toLowerCase();
  if (BLOCK_TAGS.has(name)) return name;
  if (DROPPED.has(name)) return null;
  return RENAMED[name] ?? '';
}

function serializeNode(node: Node, depth: number, inPre: boolean): string {
  if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
    const text = node.nodeValue ?? '';
    const escaped = escapeText(inPre ? text : text.replace(/[ \t\n\r\f]+/g, ' '));
    return escaped.includes(PARAGRAPH_MARK) ? escaped.replaceAll(PARAGRAPH_MARK, '<br><br>') : escaped;
  }
  if (node.nodeType !== ELEMENT_NODE) return '';
  const element = node as Element;
  if (element.localName.toLowerCase() === 'br') return '<br>';
  const tag = outputTag(element);
  if (tag === null) return '';
  if (depth >= MAX_DEPTH) return escapeText(element.textContent ?? '');
  const childInPre = inPre || tag === 'pre';
  let inner = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    inner += serializeNode(child, depth + 1, childInPre);
  }
  return tag === '' ? inner : `<${tag}>${inner}</${tag}>`;
}

export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (character) =>
    character === '&' ? '&amp;' : character === '<' ? '&lt;' : '&gt;',
  );
}
