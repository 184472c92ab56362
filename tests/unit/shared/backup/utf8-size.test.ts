import { describe, expect, it } from 'vitest';
import { exceedsUtf8Bytes, MEASURE_CHUNK } from '@shared/backup/utf8-size';

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

describe('exceedsUtf8Bytes', () => {
  it.each([
    ['ASCII', 'hamish'],
    ['Arabic (2 bytes each)', 'هامش'],
    ['a CJK character (3 bytes)', '注'],
    ['an emoji (a surrogate pair, 4 bytes)', '😀'],
    ['a lone surrogate (written as U+FFFD, 3 bytes)', 'a\ud800b'],
    ['a mix', 'هامش 😀 notes é 注'],
  ])('counts %s exactly: at its size it fits, one byte less does not', (_, text) => {
    const size = utf8Length(text);
    expect(exceedsUtf8Bytes(text, size)).toBe(false);
    expect(exceedsUtf8Bytes(text, size - 1)).toBe(true);
  });

  it('counts a surrogate pair that straddles a chunk boundary as 4 bytes, not two replacements', () => {
    const text = `${'a'.repeat(MEASURE_CHUNK - 1)}😀${'ب'.repeat(10)}`;
    const size = utf8Length(text);
    expect(exceedsUtf8Bytes(text, size)).toBe(false);
    expect(exceedsUtf8Bytes(text, size - 1)).toBe(true);
  });

  it('answers from the length alone when the characters settle it', () => {
    expect(exceedsUtf8Bytes('abcd', 3)).toBe(true);
    expect(exceedsUtf8Bytes('😀😀', 12)).toBe(false);
  });
});
