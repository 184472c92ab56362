import { contentHash } from '../document/content-hash';

/**
 * A note being typed, as the journal keeps it: its editor state cut into chunks of top-level blocks, so a
 * keystroke rewrites the chunk it falls in rather than the whole note (a 100,000-character note is half
 * a megabyte of editor JSON). Chunk boundaries depend on the blocks' content, not their positions, so
 * adding or removing a paragraph changes the chunks around it and no others.
 */

/** One top-level block of a note: its editor JSON and a hash of it. */
export interface DraftBlock {
  json: string;
  hash: string;
}

/** Consecutive blocks, named by their content: the same blocks always make the same id. */
export interface DraftChunk {
  id: string;
  json: string;
}

export interface ChunkedDraft {
  /** The editor state's JSON with the root's children replaced by CHILDREN_SLOT. */
  shell: string;
  chunks: DraftChunk[];
}

/** Stands for the root's children in a shell, which holds the root's own properties and no text. */
const SLOT_VALUE = '\u0000children\u0000';
export const CHILDREN_SLOT = JSON.stringify([SLOT_VALUE]);

/** A chunk ends after a block whose hash ends in this hex digit (one block in 16 on average)... */
const BOUNDARY_DIGIT = '0';
/** ...or after this many blocks, so no run of unlucky hashes makes a chunk big. */
export const MAX_BLOCKS_PER_CHUNK = 48;

export function draftBlock(json: string): DraftBlock {
  return { json, hash: contentHash(json) };
}

/** The editor state's JSON (as `JSON.stringify(editorState.toJSON())` writes it) with the children slot. */
export function shellFor(rootJson: Record<string, unknown>): string {
  return JSON.stringify({ root: { ...rootJson, children: [SLOT_VALUE] } });
}

export function chunkDraft(shell: string, blocks: readonly DraftBlock[]): ChunkedDraft {
  const chunks: DraftChunk[] = [];
  let start = 0;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index]!;
    const last = index === blocks.length - 1;
    if (block.hash.endsWith(BOUNDARY_DIGIT) || index - start + 1 >= MAX_BLOCKS_PER_CHUNK || last) {
      const members = blocks.slice(start, index + 1);
      chunks.push({
        id: contentHash(members.map((member) => member.hash).join('')),
        json: members.map((member) => member.json).join(','),
      });
      start = index + 1;
    }
  }
  return { shell, chunks };
}

/** The editor state's JSON again, from its shell and its chunks' JSON in order. */
export function assembleDraft(shell: string, chunkJson: readonly string[]): string {
  const at = shell.indexOf(CHILDREN_SLOT);
  if (at === -1) throw new Error('not a note draft shell');
  return `${shell.slice(0, at)}[${chunkJson.join(',')}]${shell.slice(at + CHILDREN_SLOT.length)}`;
}
