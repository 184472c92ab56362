import { ListItemNode, ListNode } from '@lexical/list';
import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  HEADING,
  INLINE_CODE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
  type Transformer,
} from '@lexical/markdown';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { EditorThemeClasses, Klass, LexicalNode, TextFormatType } from 'lexical';

export const NOTE_NAMESPACE = 'hamish-note';

/** Every node a note may hold; the React editor and the headless editor both register exactly these. */
export const NOTE_NODES: ReadonlyArray<Klass<LexicalNode>> = [HeadingNode, QuoteNode, ListNode, ListItemNode];

/**
 * The Markdown a note reads and writes. HEADING is here because HeadingNode is (pasted headings
 * must keep their level in Markdown); combined bold-italic tags only matter on import.
 */
export const NOTE_TRANSFORMERS: Transformer[] = [
  HEADING,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  INLINE_CODE,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  STRIKETHROUGH,
];

/** Text formats the transformers above can write; any other (underline via Ctrl+U…) would vanish from Markdown. */
export const NOTE_TEXT_FORMATS: ReadonlySet<TextFormatType> = new Set<TextFormatType>([
  'bold',
  'italic',
  'strikethrough',
  'code',
]);

export const NOTE_THEME: EditorThemeClasses = {
  paragraph: 'note-paragraph',
  quote: 'note-quote',
  heading: { h1: 'note-heading', h2: 'note-heading', h3: 'note-heading' },
  list: {
    ul: 'note-list note-list--bulleted',
    ol: 'note-list note-list--numbered',
    listitem: 'note-list-item',
    nested: { listitem: 'note-list-item--nested' },
  },
  text: {
    bold: 'note-text--bold',
    italic: 'note-text--italic',
    strikethrough: 'note-text--strikethrough',
    code: 'note-text--code',
  },
};

/** A broken editor state must surface, not be papered over: a silent fix could save a damaged note. */
function rethrow(error: Error): never {
  throw error;
}

export const NOTE_EDITOR_CONFIG = {
  namespace: NOTE_NAMESPACE,
  nodes: NOTE_NODES,
  theme: NOTE_THEME,
  onError: rethrow,
} as const;
