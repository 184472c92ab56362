import { describe, expect, it } from 'vitest';
import { textPieces } from '@shared/notes/note-text';

describe('textPieces', () => {
  it.each([
    ['plain words', 'a b', [{ kind: 'text', text: 'a b' }]],
    [
      'newlines of every kind',
      'a\nb\r\nc\rd',
      [
        { kind: 'text', text: 'a' },
        { kind: 'linebreak' },
        { kind: 'text', text: 'b' },
        { kind: 'linebreak' },
        { kind: 'text', text: 'c' },
        { kind: 'linebreak' },
        { kind: 'text', text: 'd' },
      ],
    ],
    ['a tab', '\tx', [{ kind: 'tab' }, { kind: 'text', text: 'x' }]],
    ['invisible controls', 'a\u0000b\u0007c\u001bd\u007fe\u0085f', [{ kind: 'text', text: 'abcdef' }]],
    ['lone surrogates', 'a\uD800b\uDC00', [{ kind: 'text', text: 'a\uFFFDb\uFFFD' }]],
    ['a surrogate pair', 'a😀', [{ kind: 'text', text: 'a😀' }]],
    ['nothing', '', []],
  ])('%s', (_name, raw, pieces) => {
    expect(textPieces(raw)).toEqual(pieces);
  });
});
