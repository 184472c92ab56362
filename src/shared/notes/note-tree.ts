import type { Alignment, Direction, HeadingTag, ListType } from './note-state-rules';

/**
 * A note's content in the only shapes the note editor can hold: the sanitizer builds this from
 * untrusted JSON, then writes it back as Lexical JSON. Nothing here can carry a style or a URL.
 */
export type InlineNode =
  { kind: 'text'; text: string; format: number } | { kind: 'tab'; format: number } | { kind: 'linebreak' };

export interface BlockLook {
  direction: Direction;
  alignment: Alignment;
  indent: number;
  /** The format typing starts with in an empty block (Lexical's `textFormat`). */
  textFormat: number;
}

export const PLAIN_LOOK: Readonly<BlockLook> = Object.freeze({
  direction: null,
  alignment: '',
  indent: 0,
  textFormat: 0,
});

/** A block that holds a line of inline nodes. `implicit` when the sanitizer made it to house stray content. */
interface Flow {
  children: InlineNode[];
  implicit: boolean;
  /** Set when a block was flattened into this one: the next words start on a new line. */
  breakPending: boolean;
}

export type TextBlockKind = 'paragraph' | 'quote' | HeadingTag;

export interface TextBlock extends Flow {
  kind: TextBlockKind;
  look: BlockLook;
}

/** A list item holds either inline nodes or, as Lexical nests lists, exactly one nested list. */
export interface ListItem extends Flow {
  kind: 'listitem';
  /** Its indent is ignored: Lexical derives an item's indent from how deep it is nested. */
  look: BlockLook;
  nested: List | null;
}

export interface List {
  kind: 'list';
  listType: ListType;
  start: number;
  look: BlockLook;
  items: ListItem[];
  implicit: boolean;
}

export interface NoteTree {
  kind: 'root';
  direction: Direction;
  blocks: (TextBlock | List)[];
}
