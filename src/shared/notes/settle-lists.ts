import type { List, NoteTree, TextBlock } from './note-tree';

/**
 * Lists as Lexical leaves them once it loads a state: adjacent lists of one type merged into one
 * (ListNode's transform) and lists without items gone. Settling them here means the state we write
 * is exactly the state the editor would save, so sanitizing it again changes nothing.
 */
export function settleLists(tree: NoteTree): NoteTree {
  const blocks: (TextBlock | List)[] = [];
  for (const block of tree.blocks) {
    if (block.kind === 'list' && !keepsItems(block)) continue;
    const previous = blocks.at(-1);
    if (block.kind === 'list' && previous?.kind === 'list' && previous.listType === block.listType) {
      mergeLists(previous, block);
    } else {
      blocks.push(block);
    }
  }
  return { ...tree, blocks };
}

/** Drops empty nested lists (and the items made only to hold them); false when no item is left. */
function keepsItems(list: List): boolean {
  list.items = list.items.filter((item) => {
    if (item.nested === null || keepsItems(item.nested)) return true;
    item.nested = null;
    return !item.implicit;
  });
  return list.items.length > 0;
}

/** Lexical's mergeLists: where both lists meet on nested lists of one type, those merge too. */
function mergeLists(into: List, from: List): void {
  const last = into.items.at(-1)?.nested;
  const first = from.items[0]?.nested;
  let rest = from.items;
  if (last && first && last.listType === first.listType) {
    mergeLists(last, first);
    rest = from.items.slice(1);
  }
  for (const item of rest) into.items.push(item);
}
