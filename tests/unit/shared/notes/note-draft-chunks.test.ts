import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assembleDraft,
  chunkDraft,
  draftBlock,
  MAX_BLOCKS_PER_CHUNK,
  shellFor,
  type DraftBlock,
} from '@shared/notes/note-draft-chunks';

const SHELL = shellFor({ children: [], direction: 'rtl', format: '', indent: 0, type: 'root', version: 1 });
const paragraph = (text: string) => draftBlock(JSON.stringify({ type: 'paragraph', text }));
const whole = (blocks: readonly DraftBlock[]) =>
  JSON.stringify({
    root: {
      children: blocks.map((block) => JSON.parse(block.json) as unknown),
      direction: 'rtl',
      format: '',
      indent: 0,
      type: 'root',
      version: 1,
    },
  });
const assembled = (blocks: readonly DraftBlock[]) => {
  const { shell, chunks } = chunkDraft(SHELL, blocks);
  return assembleDraft(
    shell,
    chunks.map((chunk) => chunk.json),
  );
};

describe('note draft chunks', () => {
  it('put back together, give the editor state they were cut from', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 300 }), (texts) => {
        const blocks = texts.map(paragraph);
        expect(assembled(blocks)).toBe(whole(blocks));
      }),
    );
  });

  it('never hold more than MAX_BLOCKS_PER_CHUNK blocks, whatever the hashes', () => {
    const unlucky: DraftBlock[] = Array.from({ length: 200 }, (_, index) => ({
      json: `{"n":${index}}`,
      hash: 'ffffffffffffffff',
    }));
    const { chunks } = chunkDraft(SHELL, unlucky);
    expect(chunks.map((chunk) => chunk.json.split(',').length)).toEqual([48, 48, 48, 48, 8]);
    expect(MAX_BLOCKS_PER_CHUNK).toBe(48);
  });

  it('name the same blocks the same way, and change only the chunks between an edit and the next boundary', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 20 }), { minLength: 50, maxLength: 400 }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 5 }),
        (texts, at, typed) => {
          const blocks = texts.map(paragraph);
          const before = chunkDraft(SHELL, blocks).chunks;
          expect(chunkDraft(SHELL, texts.map(paragraph)).chunks).toEqual(before);
          const edited = at % texts.length;
          const after = chunkDraft(
            SHELL,
            texts.map((text, index) => paragraph(index === edited ? text + typed : text)),
          ).chunks;
          // Chunking resumes identically after the first block past the edit whose hash ends a chunk.
          const next = blocks.findIndex((block, index) => index > edited && block.hash.endsWith('0'));
          const resumed = next === -1 ? blocks.length : next + 1;
          const known = new Set(before.map((chunk) => chunk.id));
          const rewritten = after
            .filter((chunk) => !known.has(chunk.id))
            .reduce((sum, chunk) => sum + (JSON.parse(`[${chunk.json}]`) as unknown[]).length, 0);
          expect(rewritten).toBeLessThanOrEqual(MAX_BLOCKS_PER_CHUNK + resumed - edited);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('assemble a note with no blocks', () => {
    expect(assembled([])).toBe(whole([]));
  });
});
