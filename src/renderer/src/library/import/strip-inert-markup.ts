/** Raw-text elements removed with their content: never text, often most of a saved page's bytes. */
const STRIPPED_RAW = new Set(['script', 'style', 'noscript', 'iframe', 'textarea']);
/**
 * Elements removed with their content, nesting counted: never text (SVG, templates, controls), or what
 * Readability removes from every article anyway (navigation, asides, footers, embedded objects), and
 * then only after parsing and scoring them: on a news page, the menus are most of the elements left.
 */
const STRIPPED_NESTED = new Set(['svg', 'template', 'nav', 'aside', 'footer', 'select', 'button', 'object']);
/** Elements whose content the HTML parser reads as text: a `<script` inside them is not a tag. */
const TEXT_ONLY = new Set(['title', 'xmp', 'noembed', 'noframes']);
/** Structured data the metadata reader looks at (datePublished, author), kept though it is a script. */
const JSON_LD = /\btype\s*=\s*["']?application\/ld\+json/i;

const GREATER_THAN = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;

/**
 * Removes comments and the elements above, with their content, from HTML source in one linear pass, so
 * the worker's DOM and Readability never build nodes for them (on the bench's 5 MB news page: 55% of the
 * bytes, most of the elements, and so most of the parse and Readability time). Only a speed-up: the
 * sanitizer on the main thread still removes all of these from whatever reaches it.
 */
export function stripInertMarkup(html: string): string {
  const kept: string[] = [];
  let keptFrom = 0;
  let position = 0;
  const nestedTags = new Map<string, NestedTags>();
  const endOfNested = (name: string, from: number): number => {
    let tags = nestedTags.get(name);
    if (!tags) nestedTags.set(name, (tags = new NestedTags(html, name)));
    return tags.endOfElement(from);
  };
  const drop = (from: number, to: number): void => {
    kept.push(html.slice(keptFrom, from));
    keptFrom = to;
  };
  while (position < html.length) {
    const open = html.indexOf('<', position);
    if (open < 0) break;
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      // An unclosed comment runs to the end of the file, for the parser too.
      const end = close < 0 ? html.length : close + 3;
      drop(open, end);
      position = end;
      continue;
    }
    const name = tagNameAt(html, open + 1);
    if (name === null) {
      position = open + 1;
      continue;
    }
    const tagEnd = endOfTag(html, open + 1 + name.length);
    if (tagEnd < 0) break;
    const attributes = html.slice(open + 1 + name.length, tagEnd);
    if (STRIPPED_RAW.has(name) && !(name === 'script' && JSON_LD.test(attributes))) {
      const end = endOfRawText(html, name, tagEnd);
      // An unclosed raw-text element is text to the end of the file, for the parser too.
      drop(open, end < 0 ? html.length : end);
      position = end < 0 ? html.length : end;
      continue;
    }
    if (STRIPPED_NESTED.has(name)) {
      // Only SVG, a foreign element, may close itself (`<svg/>`); `<nav/>` opens a nav.
      const selfClosed = name === 'svg' && html.charCodeAt(tagEnd - 2) === SLASH;
      const end = selfClosed ? tagEnd : endOfNested(name, tagEnd);
      // An element never closed is left to the parser rather than taking the rest of the page with it.
      if (end >= 0) drop(open, end);
      position = end < 0 ? tagEnd : end;
      continue;
    }
    if (TEXT_ONLY.has(name) || name === 'script') {
      const end = endOfRawText(html, name, tagEnd);
      position = end < 0 ? html.length : end;
      continue;
    }
    position = tagEnd;
  }
  if (keptFrom === 0) return html;
  kept.push(html.slice(keptFrom));
  return kept.join('');
}

/** The lowercase name of the start tag whose name begins at `from`, or null if `<` opens no start tag there. */
function tagNameAt(html: string, from: number): string | null {
  const first = html.charCodeAt(from);
  const isLetter = (first >= 0x41 && first <= 0x5a) || (first >= 0x61 && first <= 0x7a);
  if (!isLetter) return null;
  let end = from + 1;
  while (end < html.length && !isNameEnd(html.charCodeAt(end))) end += 1;
  return html.slice(from, end).toLowerCase();
}

function isNameEnd(code: number): boolean {
  return code === GREATER_THAN || code === SLASH || code <= 0x20;
}

/** Index just past the `>` closing a start tag, quotes in attribute values respected; -1 if none. */
function endOfTag(html: string, from: number): number {
  let afterEquals = false;
  for (let index = from; index < html.length; index += 1) {
    const code = html.charCodeAt(index);
    if (code === GREATER_THAN) return index + 1;
    if ((code === DOUBLE_QUOTE || code === SINGLE_QUOTE) && afterEquals) {
      const close = html.indexOf(String.fromCharCode(code), index + 1);
      if (close < 0) return -1;
      index = close;
      afterEquals = false;
      continue;
    }
    if (code === EQUALS) afterEquals = true;
    else if (code > 0x20) afterEquals = false;
  }
  return -1;
}

/** Index just past the end tag `</name …>` at or after `from`, or -1 when the element is never closed. */
function endOfRawText(html: string, name: string, from: number): number {
  const endTag = new RegExp(`</${name}[\\s/>]`, 'gi');
  endTag.lastIndex = from;
  const found = endTag.exec(html);
  return found === null ? -1 : closeOfTag(html, found.index);
}

/**
 * The start and end tags of one element name in the whole file, found in one pass, so each start tag's
 * matching end tag is a lookup rather than a scan: with thousands of unclosed `<nav>`, scans are quadratic.
 */
class NestedTags {
  /** Where each tag of the name starts, in order. */
  private readonly starts: number[] = [];
  /** After each tag: end tags minus start tags so far. */
  private readonly levels: number[] = [];
  /** For each level, where the end tags bringing the count up to it start, in order. */
  private readonly endTagsReaching = new Map<number, number[]>();

  constructor(
    private readonly html: string,
    name: string,
  ) {
    const tag = new RegExp(`<(/?)${name}[\\s/>]`, 'gi');
    let level = 0;
    for (let found = tag.exec(html); found !== null; found = tag.exec(html)) {
      const isEnd = found[1] === '/';
      level += isEnd ? 1 : -1;
      this.starts.push(found.index);
      this.levels.push(level);
      if (isEnd) {
        const reaching = this.endTagsReaching.get(level);
        if (reaching) reaching.push(found.index);
        else this.endTagsReaching.set(level, [found.index]);
      }
    }
  }

  /**
   * Index just past the end tag matching a start tag that ends at `from`, nested ones counted; -1 if none.
   * The count moves one at a time, so the match is the first end tag after `from` lifting it one above
   * its level there.
   */
  endOfElement(from: number): number {
    const before = firstAtOrAfter(this.starts, from) - 1;
    const level = before < 0 ? 0 : (this.levels[before] ?? 0);
    const reaching = this.endTagsReaching.get(level + 1) ?? [];
    const match = reaching[firstAtOrAfter(reaching, from)];
    return match === undefined ? -1 : closeOfTag(this.html, match);
  }
}

/** The index of the first of the ascending `values` at or after `target`, or their length if none is. */
function firstAtOrAfter(values: readonly number[], target: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] ?? Infinity) < target) low = middle + 1;
    else high = middle;
  }
  return low;
}

function closeOfTag(html: string, tagStart: number): number {
  const close = html.indexOf('>', tagStart);
  return close < 0 ? html.length : close + 1;
}
