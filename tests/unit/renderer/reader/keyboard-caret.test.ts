import { describe, expect, it } from 'vitest';
import { caretMove } from '@renderer/reader/keyboard-caret';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'altKey' | 'metaKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...mods,
});

describe('caretMove', () => {
  it.each([
    ['ArrowLeft', {}, { direction: 'left', granularity: 'character' }],
    ['ArrowRight', {}, { direction: 'right', granularity: 'character' }],
    ['ArrowLeft', { ctrlKey: true }, { direction: 'left', granularity: 'word' }],
    ['ArrowDown', {}, { direction: 'forward', granularity: 'line' }],
    ['ArrowUp', { ctrlKey: true }, { direction: 'backward', granularity: 'paragraph' }],
    ['Home', {}, { direction: 'backward', granularity: 'lineboundary' }],
    ['End', {}, { direction: 'forward', granularity: 'lineboundary' }],
  ] as const)('%s %j → %j', (k, mods, expected) => {
    expect(caretMove(key(k, mods))).toEqual(expected);
  });
  it('leaves other keys alone', () => {
    expect(caretMove(key('a'))).toBeNull();
    expect(caretMove(key('PageDown'))).toBeNull();
  });
});
