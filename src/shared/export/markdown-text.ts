/**
 * Markdown for text the exporter writes itself (quotes, headings, labels, colour meanings), escaped so
 * a parser gives back exactly the characters given. Hand-written rather than built as mdast for
 * mdast-util-to-markdown: that took ~80× the time of JSON.stringify on 10,000 annotations, this ~2×.
 * The property tests check the escaping against mdast-util-from-markdown.
 */

// Characters that can open inline syntax anywhere in a line: emphasis, code, links, HTML and
// autolinks, entities, Obsidian tags, GFM strikethrough and tables, and the escape character itself.
const INLINE_SYNTAX = /[\\`*_[\]<>&#~|]/g;
// At a line's start these begin a list, a thematic break or a setext underline.
const LINE_START_SYNTAX = /^[-+=]/;
const ORDERED_MARKER = /^(\d{1,9})([.)])/;

function encode(char: string): string {
  return `&#x${char.charCodeAt(0).toString(16).toUpperCase()};`;
}

// Anything escapeLine would change; most lines of Arabic prose hold none of it.
const NEEDS_ESCAPING = /[\\`*_[\]<>&#~|]|^[-+= \t]|^\d{1,9}[.)]|[ \t]$/;

function escapeLine(line: string): string {
  if (!NEEDS_ESCAPING.test(line)) return line;
  let out = line.replace(INLINE_SYNTAX, '\\$&');
  // Leading and trailing blanks would be stripped (or read as code or a hard break): write them as references.
  if (out.startsWith(' ') || out.startsWith('\t')) out = encode(out[0]!) + out.slice(1);
  else if (LINE_START_SYNTAX.test(out)) out = `\\${out}`;
  else out = out.replace(ORDERED_MARKER, '$1\\$2');
  if (out.endsWith(' ') || out.endsWith('\t')) out = out.slice(0, -1) + encode(out.at(-1)!);
  return out;
}

/** Paragraph text; keeps single line breaks (the caller splits paragraphs first). */
export function escapeText(text: string): string {
  // A carriage return would end the line too: written as a reference after escaping, so its `&` stays live.
  if (!text.includes('\n') && !text.includes('\r')) return escapeLine(text);
  return text.split('\n').map(escapeLine).join('\n').replace(/\r/g, encode);
}

/** Text for constructs that must stay on one line (headings, labels). */
export function escapeInline(text: string): string {
  return escapeText(text.replace(/\r?\n/g, ' '));
}

export function heading(depth: number, text: string): string {
  return `${'#'.repeat(depth)} ${escapeInline(text)}`;
}

export function strong(text: string): string {
  return `**${escapeInline(text)}**`;
}

/** `labelMarkdown` is already escaped; the URL's characters a destination cannot hold are percent-encoded. */
export function link(labelMarkdown: string, url: string): string {
  return `[${labelMarkdown}](${url.replace(/[()\s<>]/g, (char) => encodeURIComponent(char))})`;
}

/** Paragraphs of a quote under `>`; an empty line between them keeps them apart inside the quote. */
export function blockquote(paragraphs: readonly string[]): string {
  return paragraphs
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) =>
      escapeText(paragraph)
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n'),
    )
    .join('\n>\n');
}
