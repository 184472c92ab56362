import { describe, expect, it } from 'vitest';
import { clampQuote } from '@renderer/margin/quote-preview';

describe('clampQuote', () => {
  it('cuts long quotes at a word boundary with an ellipsis, and folds white space', () => {
    expect(clampQuote('قصير', 10)).toBe('قصير');
    expect(clampQuote('one two three four five', 16)).toBe('one two three…');
    expect(clampQuote('a\n\nb', 10)).toBe('a b');
  });
});
