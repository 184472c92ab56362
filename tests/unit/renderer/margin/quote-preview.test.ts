import { describe, expect, it } from 'vitest';
import { clampQuote, notePreviewLines } from '@renderer/margin/quote-preview';

describe('clampQuote', () => {
  it('cuts long quotes at a word boundary with an ellipsis, and folds white space', () => {
    expect(clampQuote('قصير', 10)).toBe('قصير');
    expect(clampQuote('one two three four five', 16)).toBe('one two three…');
    expect(clampQuote('a\n\nb', 10)).toBe('a b');
  });
});

describe('notePreviewLines', () => {
  it('keeps each line of a note as its own line, at most three', () => {
    expect(notePreviewLines('مصدر مهم\n\nالغاز\nUranium: 40%')).toEqual([
      'مصدر مهم',
      'الغاز',
      'Uranium: 40%',
    ]);
    expect(notePreviewLines('a\nb\nc\nd')).toEqual(['a', 'b', 'c …']);
    expect(notePreviewLines('  \n\n ')).toEqual([]);
  });
});
