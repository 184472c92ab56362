import type { Nodes, RootContent, Text } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toMarkdown } from 'mdast-util-to-markdown';
import { escapeText } from './markdown-text';

const SAFE_LINK = /^(?:https?:|mailto:|hamish:|#)/i;
const PHRASING_PARENTS = new Set<Nodes['type']>([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
]);

/** An inline link with a safe protocol and nothing unusual inside: `[text](https://…)`. */
const SIMPLE_SAFE_LINK = /(?<!!)\[[^[\]\n`<\\]*\]\((?:https?:|mailto:)[^()\s<>\\]*\)/gi;
/**
 * What can make stored Markdown unsafe or leak past its own end: HTML, autolinks and HTML comments
 * (`<` before a letter, `/`, `!` or `?`), code fences (an unclosed one would swallow the rest of the
 * file), images (`![`, fetched when viewed), and any bracket left over once simple safe links are set
 * aside (reference definitions, unsafe or unusual links). Inline code alone is harmless.
 */
const NEEDS_PARSING = /<[A-Za-z/!?]|^ {0,3}(?:```|~~~)|!\[|[[\]]/m;

function text(value: string): Text {
  return { type: 'text', value };
}

/**
 * Rewrites one parsed node so a note can only ever be inert text and plain formatting: raw HTML
 * becomes text (escaped on output, never passed through), links keep only safe protocols, images
 * become their alt text, and reference links become their text because definitions are global to the
 * file and one note must not redirect another's.
 */
function sanitize(node: RootContent, inline: boolean): RootContent[] {
  switch (node.type) {
    case 'html':
      return inline ? [text(node.value)] : [{ type: 'paragraph', children: [text(node.value)] }];
    case 'definition':
      return [];
    case 'image':
    case 'imageReference':
      return node.alt ? [text(node.alt)] : [];
    case 'linkReference':
      return node.children.flatMap((child) => sanitize(child, true));
    case 'link':
      if (!SAFE_LINK.test(node.url.trim())) return node.children.flatMap((child) => sanitize(child, true));
      break;
  }
  if (!('children' in node)) return [node];
  const childInline = PHRASING_PARENTS.has(node.type);
  const children = (node.children as RootContent[]).flatMap((child) => sanitize(child, childInline));
  return [{ ...node, children } as RootContent];
}

/**
 * The stored note (Lexical's Markdown) as Markdown safe to place inside an export. Most notes hold
 * nothing that needs care and are used as written; the rest are parsed, cleaned and written again.
 */
export function noteMarkdown(note: { markdown: string; text: string }): string {
  // Blank lines around the note would only add to the export's own; spaces inside (code) keep their meaning.
  const source = note.markdown
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t]*\n)+/, '')
    .replace(/(?:\n[ \t]*)+$/, '');
  if (source === '') return note.text.trim() === '' ? '' : escapeText(note.text.trim());
  if (!NEEDS_PARSING.test(source.replace(SIMPLE_SAFE_LINK, ''))) return source;
  const children = fromMarkdown(source).children.flatMap((child) => sanitize(child, false));
  return toMarkdown({ type: 'root', children }, { bullet: '-', fences: true }).replace(/\n+$/, '');
}
