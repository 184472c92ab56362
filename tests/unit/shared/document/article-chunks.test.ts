import { describe, expect, it } from 'vitest';
import { CHUNK_BLOCKS, chunkArticleBody } from '@shared/document/article-chunks';

/** Blocks written as letters: `h` a heading, `p` a paragraph; each block's index keeps them apart. */
const blocksOf = (kinds: string) =>
  [...kinds].map((kind, index) => ({
    kind: kind === 'h' ? ('heading' as const) : ('paragraph' as const),
    index,
  }));
const kindsOf = (blocks: readonly { kind: string }[]) => blocks.map((block) => block.kind[0]).join('');

describe('chunkArticleBody', () => {
  it.each([
    { body: '', leading: '', chunks: [] },
    { body: 'ppppppp', leading: '', chunks: ['ppp', 'ppp', 'p'] },
    { body: 'hpppp', leading: 'h', chunks: ['ppp', 'p'] },
    { body: 'hh', leading: 'hh', chunks: [] },
    { body: 'hhpp', leading: 'hh', chunks: ['pp'] },
    // A heading that would open a chunk stays at the end of the one before, however many follow.
    { body: 'ppphpp', leading: '', chunks: ['ppph', 'pp'] },
    { body: 'ppphhpppp', leading: '', chunks: ['ppphh', 'ppp', 'p'] },
    { body: 'pphpp', leading: '', chunks: ['pph', 'pp'] },
  ])('splits $body into $leading then $chunks (three blocks a chunk)', ({ body, leading, chunks }) => {
    const blocks = blocksOf(body);
    const split = chunkArticleBody(blocks, 3);
    expect(kindsOf(split.leading)).toBe(leading);
    expect(split.chunks.map(kindsOf)).toEqual(chunks);
    // Every block once, in reading order.
    expect([...split.leading, ...split.chunks.flat()]).toEqual(blocks);
  });

  it(`puts ${CHUNK_BLOCKS} blocks in a chunk unless told otherwise`, () => {
    const { chunks } = chunkArticleBody(blocksOf('p'.repeat(CHUNK_BLOCKS * 2 + 5)));
    expect(chunks.map((chunk) => chunk.length)).toEqual([CHUNK_BLOCKS, CHUNK_BLOCKS, 5]);
  });
});
