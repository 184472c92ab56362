import { MAX_LIST_NESTING, type Direction, type ListType } from './note-state-rules';
import { textPieces } from './note-text';
import {
  PLAIN_LOOK,
  type BlockLook,
  type InlineNode,
  type List,
  type ListItem,
  type NoteTree,
  type TextBlock,
  type TextBlockKind,
} from './note-tree';
import { isAllowedNoteUrl, MAX_NOTE_URL_CHARS } from './note-url';
import { settleLists } from './settle-lists';

type Container = NoteTree | TextBlock | List | ListItem;

/**
 * What opening an element did: `mark` is how many containers were open before its own, so closing
 * it closes everything opened since; `flows` when it was flattened into the block around it.
 */
export interface Opening {
  mark: number;
  flows: boolean;
}

const LINE_BREAK: InlineNode = { kind: 'linebreak' };

/**
 * Builds a NoteTree from a stream of open/close/inline calls in document order, repairing the
 * structure as it goes: stray inline content gets a paragraph or list item, a stray list item gets
 * a list, a block inside a block is flattened into it on a new line, and lists nest at most
 * MAX_LIST_NESTING deep. Every call is O(nesting), so any input depth is safe.
 */
export class NoteTreeBuilder {
  private readonly tree: NoteTree;
  private readonly open: Container[];
  private listDepth = 0;
  /** The text of each link being read (capped): a link whose text is its URL need not repeat it. */
  private readonly linkLabels: string[] = [];

  constructor(direction: Direction) {
    this.tree = { kind: 'root', direction, blocks: [] };
    this.open = [this.tree];
  }

  /** The tree built so far, its lists settled as Lexical would settle them on load. */
  finish(): NoteTree {
    return settleLists(this.tree);
  }

  openTextBlock(kind: TextBlockKind, look: BlockLook): Opening {
    for (;;) {
      const current = this.current();
      if (current.kind === 'root') {
        return this.opened(
          this.appendBlock({ kind, look, children: [], implicit: false, breakPending: false }),
        );
      }
      if (current.implicit || isHolder(current)) this.pop();
      else if (current.kind === 'list') return this.opened(newItem(current, PLAIN_LOOK, true));
      else return this.flowInto(current);
    }
  }

  openList(listType: ListType, start: number, look: BlockLook): Opening {
    for (;;) {
      const current = this.current();
      if (current.kind === 'root') {
        return this.opened(this.appendBlock(newList(listType, start, look, false)));
      }
      if (this.listDepth >= MAX_LIST_NESTING && !current.implicit) {
        // Too deep: a nested list's items join the deepest list, and its words the deepest item.
        return current.kind === 'list' ? { mark: this.open.length, flows: false } : this.flowInto(current);
      }
      if (current.kind === 'listitem' && isEmpty(current) && this.listDepth < MAX_LIST_NESTING) {
        current.nested = newList(listType, start, look, false);
        return this.opened(current.nested);
      }
      if (current.kind === 'list') {
        if (current.implicit) this.pop();
        else this.push(newItem(current, PLAIN_LOOK, true));
      } else if (current.kind === 'listitem' || current.implicit) {
        this.pop();
      } else {
        return this.flowInto(current);
      }
    }
  }

  openListItem(look: BlockLook): Opening {
    for (;;) {
      const current = this.current();
      if (current.kind === 'root') this.push(this.appendBlock(newList('bullet', 1, PLAIN_LOOK, true)));
      else if (current.kind === 'list') return this.opened(newItem(current, look, false));
      else if (current.implicit || isHolder(current)) this.pop();
      else return this.flowInto(current);
    }
  }

  close(opening: Opening): void {
    while (this.open.length > opening.mark) this.pop();
    const current = this.current();
    if (opening.flows && isFlow(current)) current.breakPending = true;
  }

  /** Text as Lexical holds it: newlines become line breaks, tabs become tab nodes. */
  text(raw: string, format: number): void {
    this.recordLabel(raw);
    for (const piece of textPieces(raw)) {
      this.addInline(
        piece.kind === 'text'
          ? { kind: 'text', text: piece.text, format }
          : piece.kind === 'tab'
            ? { kind: 'tab', format }
            : LINE_BREAK,
      );
    }
  }

  tab(format: number): void {
    this.addInline({ kind: 'tab', format });
  }

  lineBreak(): void {
    this.addInline(LINE_BREAK);
  }

  /** An element we do not know starts and ends its own paragraph when it stands between blocks. */
  endImplicitBlock(): void {
    const current = this.current();
    if (current.kind !== 'root' && current.implicit) this.pop();
  }

  beginLink(): void {
    this.linkLabels.push('');
  }

  /** A link's words stay where they were; an allowed URL follows them as plain text, any other goes. */
  endLink(url: unknown): void {
    const label = this.linkLabels.pop() ?? '';
    this.recordLabel(label);
    const href = typeof url === 'string' ? url.trim() : '';
    const words = label.trim();
    if (isAllowedNoteUrl(href) && words !== href && `mailto:${words}` !== href) {
      this.text(words === '' ? href : ` (${href})`, 0);
    }
  }

  private recordLabel(text: string): void {
    const last = this.linkLabels.length - 1;
    const label = this.linkLabels[last];
    if (label === undefined || label.length > MAX_NOTE_URL_CHARS) return;
    this.linkLabels[last] = label + text.slice(0, MAX_NOTE_URL_CHARS + 1 - label.length);
  }

  private addInline(node: InlineNode): void {
    const flow = this.flow();
    const last = flow.children.at(-1);
    const startsLine = last === undefined || last.kind === 'linebreak' || node.kind === 'linebreak';
    if (flow.breakPending && !startsLine) flow.children.push(LINE_BREAK);
    flow.breakPending = false;
    flow.children.push(node);
  }

  /** The block inline content goes into, made (as a paragraph or list item) when there is none. */
  private flow(): TextBlock | ListItem {
    for (;;) {
      const current = this.current();
      if (current.kind === 'root') {
        const paragraph = this.appendBlock({
          kind: 'paragraph',
          look: PLAIN_LOOK,
          children: [],
          implicit: true,
          breakPending: false,
        });
        this.push(paragraph);
        return paragraph;
      }
      if (current.kind === 'list') {
        if (current.implicit) {
          this.pop();
        } else {
          const item = newItem(current, PLAIN_LOOK, true);
          this.push(item);
          return item;
        }
      } else if (isHolder(current)) {
        this.pop();
      } else {
        return current;
      }
    }
  }

  /** A block where only inline content fits: its words join the enclosing block, on a line of their own. */
  private flowInto(flow: TextBlock | ListItem): Opening {
    flow.breakPending = true;
    return { mark: this.open.length, flows: true };
  }

  private opened(container: TextBlock | List | ListItem): Opening {
    const mark = this.open.length;
    this.push(container);
    return { mark, flows: false };
  }

  private appendBlock<T extends TextBlock | List>(block: T): T {
    this.tree.blocks.push(block);
    return block;
  }

  private current(): Container {
    return this.open[this.open.length - 1]!;
  }

  private push(container: Container): void {
    this.open.push(container);
    if (container.kind === 'list') this.listDepth++;
  }

  private pop(): void {
    const container = this.open.pop();
    if (container?.kind === 'list') this.listDepth--;
  }
}

function newList(listType: ListType, start: number, look: BlockLook, implicit: boolean): List {
  return { kind: 'list', listType, start, look, items: [], implicit };
}

function newItem(list: List, look: BlockLook, implicit: boolean): ListItem {
  const item: ListItem = {
    kind: 'listitem',
    look,
    children: [],
    nested: null,
    implicit,
    breakPending: false,
  };
  list.items.push(item);
  return item;
}

function isEmpty(item: ListItem): boolean {
  return item.children.length === 0 && item.nested === null;
}

function isHolder(container: Container): boolean {
  return container.kind === 'listitem' && container.nested !== null;
}

function isFlow(container: Container): container is TextBlock | ListItem {
  return container.kind !== 'root' && container.kind !== 'list';
}
