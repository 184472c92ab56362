import type { InlineNode, List, ListItem, NoteTree, TextBlock } from './note-tree';

type Json = Record<string, unknown>;

/**
 * A NoteTree as Lexical 0.52 serializes it (`JSON.stringify(editorState.toJSON())`): the same keys
 * in the same order, so a state our editor wrote comes back byte for byte and sanitizing it again
 * changes nothing.
 */
export function noteTreeToJson(tree: NoteTree): string {
  const children = tree.blocks.map((block) =>
    block.kind === 'list' ? listJson(block, 0) : textBlockJson(block),
  );
  const root = { children, direction: tree.direction, format: '', indent: 0, type: 'root', version: 1 };
  return JSON.stringify({ root });
}

/** Fewest characters each node takes in noteTreeToJson, not counting its text. */
export const MIN_CHARS = { block: 82, list: 150, listitem: 95, text: 86, tab: 87, linebreak: 32 } as const;

/** A quick lower bound on noteTreeToJson's length: a tree that cannot fit is never serialized. */
export function minimumJsonChars(tree: NoteTree): number {
  let chars = 0;
  const lists: List[] = [];
  for (const block of tree.blocks) {
    if (block.kind === 'list') lists.push(block);
    else chars += MIN_CHARS.block + inlineChars(block.children);
  }
  for (let list = lists.pop(); list !== undefined; list = lists.pop()) {
    chars += MIN_CHARS.list;
    for (const item of list.items) {
      chars += MIN_CHARS.listitem + inlineChars(item.children);
      if (item.nested !== null) lists.push(item.nested);
    }
  }
  return chars;
}

function inlineChars(nodes: InlineNode[]): number {
  let chars = 0;
  let previous: InlineNode | undefined;
  for (const node of nodes) {
    if (node.kind === 'text') {
      const startsNode = previous?.kind !== 'text' || previous.format !== node.format;
      chars += node.text.length + (startsNode ? MIN_CHARS.text : 0);
    } else {
      chars += MIN_CHARS[node.kind];
    }
    previous = node;
  }
  return chars;
}

/** The words of a tree, one line per block, list item or line break. */
export function noteTreeText(tree: NoteTree): string {
  const lines: string[] = [];
  for (const block of tree.blocks) {
    if (block.kind === 'list') listLines(block, lines);
    else lines.push(inlineText(block.children));
  }
  return lines.join('\n');
}

function textBlockJson(block: TextBlock): Json {
  const children = inlineJson(block.children);
  const { direction, alignment, indent, textFormat } = block.look;
  if (block.kind === 'paragraph') {
    // Lexical writes a paragraph's textFormat from its first text node when it has one.
    const firstText = children.find(isTextJson);
    const format = firstText === undefined ? textFormat : firstText.format;
    return {
      children,
      direction,
      format: alignment,
      indent,
      textFormat: format,
      textStyle: '',
      type: 'paragraph',
      version: 1,
    };
  }
  const tag = block.kind === 'quote' ? {} : { tag: block.kind };
  const type = block.kind === 'quote' ? 'quote' : 'heading';
  return {
    children,
    ...tag,
    direction,
    format: alignment,
    indent,
    ...storedTextFormat(children, textFormat),
    type,
    version: 1,
  };
}

/** A settled list (see settleLists): items numbered from `start` as ListNode numbers them. */
function listJson(list: List, nesting: number): Json {
  const children: Json[] = [];
  let value = list.start;
  for (const item of list.items) {
    const itemChildren =
      item.nested === null ? inlineJson(item.children) : [listJson(item.nested, nesting + 1)];
    children.push(listItemJson(item, itemChildren, nesting, value));
    // An item holding only a nested list takes no number of its own.
    if (item.nested === null) value++;
  }
  const { direction, alignment, indent, textFormat } = list.look;
  return {
    children,
    listType: list.listType,
    start: list.start,
    tag: list.listType === 'number' ? 'ol' : 'ul',
    direction,
    format: alignment,
    indent,
    ...storedTextFormat(children, textFormat),
    type: 'list',
    version: 1,
  };
}

function listItemJson(item: ListItem, children: Json[], indent: number, value: number): Json {
  const { direction, alignment, textFormat } = item.look;
  return {
    children,
    indent,
    value,
    direction,
    format: alignment,
    ...storedTextFormat(children, textFormat),
    type: 'listitem',
    version: 1,
  };
}

/** Lexical keeps an element's textFormat only while no text node inside carries the format itself. */
function storedTextFormat(children: Json[], textFormat: number): { textFormat?: number } {
  return textFormat !== 0 && !children.some(isTextJson) ? { textFormat } : {};
}

function isTextJson(json: Json): json is Json & { format: number } {
  return json.type === 'text' || json.type === 'tab';
}

/** Adjacent text of one format is one node, as Lexical merges it on load, however long it is. */
function inlineJson(nodes: InlineNode[]): Json[] {
  const out: Json[] = [];
  let run: string[] = [];
  let runFormat = 0;
  const flush = (): void => {
    if (run.length === 0) return;
    const text = run.join('');
    out.push({ detail: 0, format: runFormat, mode: 'normal', style: '', text, type: 'text', version: 1 });
    run = [];
  };
  for (const node of nodes) {
    if (node.kind === 'text') {
      if (node.format !== runFormat) flush();
      runFormat = node.format;
      run.push(node.text);
      continue;
    }
    flush();
    out.push(
      node.kind === 'tab'
        ? { detail: 2, mode: 'normal', text: '\t', format: node.format, style: '', type: 'tab', version: 1 }
        : { type: 'linebreak', version: 1 },
    );
  }
  flush();
  return out;
}

function inlineText(nodes: InlineNode[]): string {
  return nodes.map((node) => (node.kind === 'text' ? node.text : node.kind === 'tab' ? '\t' : '\n')).join('');
}

function listLines(list: List, lines: string[]): void {
  for (const item of list.items) {
    if (item.nested === null) lines.push(inlineText(item.children));
    else listLines(item.nested, lines);
  }
}
