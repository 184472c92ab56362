import type { HeadingTag } from '@shared/notes/note-state-rules';
import type { InlineNode, List, NoteTree } from '@shared/notes/note-tree';
import { isJsonObject, ownField, readNoteTree } from '@shared/notes/read-note-tree';
import { sanitizeNoteState } from '@shared/notes/sanitize-note-state';

/** A stretch of a note's words in one format, or a line break. */
export type NoteRun =
  | { kind: 'text'; text: string; bold: boolean; italic: boolean; strike: boolean; code: boolean }
  | { kind: 'break' };

export interface NoteListItem {
  runs: NoteRun[];
  /** Lexical nests a list inside an item of its own. */
  nested: NoteList | null;
}

export interface NoteList {
  kind: 'list';
  ordered: boolean;
  start: number;
  items: NoteListItem[];
}

export type NoteBlock = { kind: 'paragraph' | 'quote' | HeadingTag; runs: NoteRun[] } | NoteList;

/** Lexical's format bits for the formats a sanitized note keeps. */
const FORMAT = { bold: 1, italic: 2, strike: 4, code: 16 } as const;

/**
 * A note's blocks as the margin shows them, read from its stored Lexical state after the sanitizer
 * (so only the note editor's own node types remain, no styles, no URLs); from its plain text when
 * there is no state. Empty when the note has no words.
 */
export function noteBlocks(editorState: string | null, fallbackText: string): NoteBlock[] {
  const sanitized = sanitizeNoteState(editorState, fallbackText).editorState;
  if (sanitized === null) return [];
  const parsed: unknown = JSON.parse(sanitized);
  const root = isJsonObject(parsed) ? ownField(parsed, 'root') : undefined;
  return isJsonObject(root) ? blocksOf(readNoteTree(root)) : [];
}

function blocksOf(tree: NoteTree): NoteBlock[] {
  return tree.blocks.map((block) =>
    block.kind === 'list' ? listOf(block) : { kind: block.kind, runs: runsOf(block.children) },
  );
}

/** Sanitized lists nest at most MAX_LIST_NESTING deep, so recursion here is bounded. */
function listOf(list: List): NoteList {
  return {
    kind: 'list',
    ordered: list.listType === 'number',
    start: list.start,
    items: list.items.map((item) => ({
      runs: runsOf(item.children),
      nested: item.nested === null ? null : listOf(item.nested),
    })),
  };
}

/** Neighbouring words in the same format join one run; a tab is kept as a tab character. */
function runsOf(nodes: InlineNode[]): NoteRun[] {
  const runs: NoteRun[] = [];
  for (const node of nodes) {
    if (node.kind === 'linebreak') {
      runs.push({ kind: 'break' });
      continue;
    }
    const run = textRun(node.kind === 'tab' ? '\t' : node.text, node.format);
    const last = runs[runs.length - 1];
    if (last?.kind === 'text' && sameFormat(last, run)) last.text += run.text;
    else runs.push(run);
  }
  return runs;
}

function textRun(text: string, format: number): NoteRun & { kind: 'text' } {
  return {
    kind: 'text',
    text,
    bold: (format & FORMAT.bold) !== 0,
    italic: (format & FORMAT.italic) !== 0,
    strike: (format & FORMAT.strike) !== 0,
    code: (format & FORMAT.code) !== 0,
  };
}

function sameFormat(a: NoteRun & { kind: 'text' }, b: NoteRun & { kind: 'text' }): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.code === b.code;
}
