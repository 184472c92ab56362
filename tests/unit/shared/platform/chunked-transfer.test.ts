import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitIntoChunks, TRANSFER_CHUNK_UNITS } from '@shared/platform/chunked-transfer';

const EMOJI = '😀'; // two UTF-16 units: a surrogate pair
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('splitIntoChunks', () => {
  it.each([
    ['nothing', '', 4, []],
    ['less than a chunk', 'abc', 4, ['abc']],
    ['exactly one chunk', 'abcd', 4, ['abcd']],
    ['a chunk and a bit', 'abcdef', 4, ['abcd', 'ef']],
    ['Arabic letters (one unit each)', 'هامشهامش', 4, ['هامش', 'هامش']],
    ['a pair that would straddle the cut', `abc${EMOJI}d`, 4, ['abc', `${EMOJI}d`]],
    ['a pair that ends exactly at the cut', `ab${EMOJI}cd`, 4, [`ab${EMOJI}`, 'cd']],
  ])('cuts %s', (_case, text, size, expected) => {
    expect(splitIntoChunks(text, size)).toEqual(expected);
  });

  it('refuses a size that could not make progress past a surrogate pair', () => {
    expect(() => splitIntoChunks('abc', 1)).toThrow(RangeError);
  });

  it('uses chunks of at most the transfer limit by default', () => {
    const text = 'x'.repeat(TRANSFER_CHUNK_UNITS * 2 + 1);
    expect(splitIntoChunks(text).map((chunk) => chunk.length)).toEqual([
      TRANSFER_CHUNK_UNITS,
      TRANSFER_CHUNK_UNITS,
      1,
    ]);
  });

  it('rejoins to the text, each chunk within the size and made of whole characters', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.integer({ min: 2, max: 9 }),
        (text, size) => {
          const chunks = splitIntoChunks(text, size);
          expect(chunks.join('')).toBe(text);
          for (const chunk of chunks) {
            expect(chunk.length).toBeGreaterThan(0);
            expect(chunk.length).toBeLessThanOrEqual(size);
            expect(chunk).not.toMatch(LONE_SURROGATE);
          }
        },
      ),
    );
  });
});
