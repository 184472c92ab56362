/**
 * What a note's Lexical state may hold, as pure data: the node types the note editor registers
 * (src/renderer/src/notes/note-editor-config.ts) and a safe value for every field they serialize.
 */

/** Same as BACKUP_LIMITS.editorStateChars: a state larger than this could not be backed up again. */
export const MAX_NOTE_STATE_CHARS = 5_000_000;

/** Lists nest at most this deep (list item indents 0–7); deeper items join the deepest allowed item. */
export const MAX_LIST_NESTING = 8;

/** Each indent step is 40px of padding: a bound keeps a hostile indent from pushing text out of the margin. */
export const MAX_BLOCK_INDENT = MAX_LIST_NESTING - 1;

/** An ordered list's first number: as large as any real list, small enough not to widen its marker. */
export const MAX_LIST_START = 1_000_000;

/** Lexical's TEXT_TYPE_TO_FORMAT bits for the formats NOTE_TEXT_FORMATS allows. */
const NOTE_TEXT_FORMAT_BITS = { bold: 1, italic: 2, strikethrough: 4, code: 16 } as const;

export const NOTE_TEXT_FORMAT_MASK = Object.values(NOTE_TEXT_FORMAT_BITS).reduce(
  (mask, bit) => mask | bit,
  0,
);

/** Every node type a sanitized state may contain: Lexical's core nodes plus NOTE_NODES. */
export const NOTE_NODE_TYPES = [
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'quote',
  'list',
  'listitem',
] as const;

export type Direction = 'ltr' | 'rtl' | null;
export type Alignment = '' | 'left' | 'start' | 'center' | 'right' | 'end' | 'justify';
export type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
export type ListType = 'bullet' | 'number';

const ALIGNMENTS: ReadonlySet<string> = new Set<Alignment>([
  '',
  'left',
  'start',
  'center',
  'right',
  'end',
  'justify',
]);
const HEADING_TAGS: ReadonlySet<string> = new Set<HeadingTag>(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Only the allowed bits survive: underline, sub/superscript, highlight and case changes go. */
export function safeTextFormat(value: unknown): number {
  return Number.isSafeInteger(value) && (value as number) >= 0
    ? (value as number) & NOTE_TEXT_FORMAT_MASK
    : 0;
}

export function safeDirection(value: unknown): Direction {
  return value === 'ltr' || value === 'rtl' ? value : null;
}

export function safeAlignment(value: unknown): Alignment {
  return typeof value === 'string' && ALIGNMENTS.has(value) ? (value as Alignment) : '';
}

export function safeIndent(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.min(MAX_BLOCK_INDENT, Math.max(0, Math.trunc(value)));
}

/** A heading the editor cannot show (h7, "div"…) is read as null: the block becomes a paragraph. */
export function safeHeadingTag(value: unknown): HeadingTag | null {
  return typeof value === 'string' && HEADING_TAGS.has(value) ? (value as HeadingTag) : null;
}

/** Check lists are not in the note editor: their items become bullets, unticked. */
export function safeListType(value: unknown): ListType {
  return value === 'number' ? 'number' : 'bullet';
}

export function safeListStart(value: unknown): number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_LIST_START
    ? (value as number)
    : 1;
}
