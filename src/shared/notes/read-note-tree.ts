import {
  safeAlignment,
  safeDirection,
  safeHeadingTag,
  safeIndent,
  safeListStart,
  safeListType,
  safeTextFormat,
} from './note-state-rules';
import type { BlockLook, NoteTree } from './note-tree';
import { NoteTreeBuilder, type Opening } from './note-tree-builder';

export type JsonObject = Record<string, unknown>;

/** An element being read: its children, and what to do once they are all read. */
interface Visit {
  children: readonly unknown[];
  leave: () => void;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Own keys only: `__proto__`, `constructor` and inherited names are never read as fields. */
export function ownField(node: JsonObject, key: string): unknown {
  return Object.hasOwn(node, key) ? node[key] : undefined;
}

/**
 * Reads an untrusted serialized root into a NoteTree, field by field from an allow-list. The walk
 * keeps its own stack, so a state nested 20,000 deep cannot overflow the call stack.
 */
export function readNoteTree(root: JsonObject): NoteTree {
  const builder = new NoteTreeBuilder(safeDirection(ownField(root, 'direction')));
  const stack: { children: readonly unknown[]; next: number; leave: (() => void) | null }[] = [
    { children: childrenOf(root), next: 0, leave: null },
  ];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.children.length) {
      stack.pop();
      frame.leave?.();
      continue;
    }
    const visit = enter(builder, frame.children[frame.next++]);
    if (visit !== null) stack.push({ children: visit.children, next: 0, leave: visit.leave });
  }
  return builder.finish();
}

function enter(builder: NoteTreeBuilder, node: unknown): Visit | null {
  if (typeof node === 'string') {
    builder.text(node, 0);
    return null;
  }
  if (!isJsonObject(node)) return null;
  const type = ownField(node, 'type');
  switch (type) {
    case 'text':
      builder.text(textOf(node), safeTextFormat(ownField(node, 'format')));
      return null;
    case 'tab':
      builder.tab(safeTextFormat(ownField(node, 'format')));
      return null;
    case 'linebreak':
      builder.lineBreak();
      return null;
    case 'paragraph':
    case 'quote':
      return element(builder, node, builder.openTextBlock(type, lookOf(node)));
    case 'heading':
      return element(
        builder,
        node,
        builder.openTextBlock(safeHeadingTag(ownField(node, 'tag')) ?? 'paragraph', lookOf(node)),
      );
    case 'list': {
      const listType = safeListType(ownField(node, 'listType'));
      return element(
        builder,
        node,
        builder.openList(listType, safeListStart(ownField(node, 'start')), lookOf(node)),
      );
    }
    case 'listitem':
      return element(builder, node, builder.openListItem(lookOf(node)));
    case 'link':
    case 'autolink':
      // The editor registers no LinkNode (one would make Lexical throw on load): keep the words, unwrap the link.
      builder.beginLink();
      return { children: childrenOf(node), leave: () => builder.endLink(ownField(node, 'url')) };
    default:
      return unknownNode(builder, node);
  }
}

function element(builder: NoteTreeBuilder, node: JsonObject, opening: Opening): Visit {
  return { children: childrenOf(node), leave: () => builder.close(opening) };
}

/** A node type the editor does not have (image, html, script…) keeps only its words, as plain text. */
function unknownNode(builder: NoteTreeBuilder, node: JsonObject): Visit | null {
  const text = ownField(node, 'text');
  const children = ownField(node, 'children');
  if (!Array.isArray(children)) {
    if (typeof text === 'string') builder.text(text, 0);
    return null;
  }
  builder.endImplicitBlock();
  if (typeof text === 'string') builder.text(text, 0);
  return { children, leave: () => builder.endImplicitBlock() };
}

function childrenOf(node: JsonObject): readonly unknown[] {
  const children = ownField(node, 'children');
  return Array.isArray(children) ? children : [];
}

function textOf(node: JsonObject): string {
  const text = ownField(node, 'text');
  if (typeof text === 'string') return text;
  return typeof text === 'number' && Number.isFinite(text) ? String(text) : '';
}

function lookOf(node: JsonObject): BlockLook {
  return {
    direction: safeDirection(ownField(node, 'direction')),
    alignment: safeAlignment(ownField(node, 'format')),
    indent: safeIndent(ownField(node, 'indent')),
    textFormat: safeTextFormat(ownField(node, 'textFormat')),
  };
}
