import { describe, expect, it } from 'vitest';
import { quoteSelectorFor } from '@shared/anchoring/text-quote-selector';

describe('quoteSelectorFor', () => {
  it.each([
    ['abcdefghij', 4, 6, 3, { exact: 'ef', prefix: 'bcd', suffix: 'ghi' }],
    ['abcdefghij', 1, 3, 3, { exact: 'bc', prefix: 'a', suffix: 'def' }],
    ['abcdefghij', 8, 10, 3, { exact: 'ij', prefix: 'fgh', suffix: '' }],
    ['الصين وكازاخستان', 6, 16, 5, { exact: 'وكازاخستان', prefix: 'لصين ', suffix: '' }],
  ])('%j [%i, %i) with context %i', (text, start, end, context, expected) => {
    expect(quoteSelectorFor(text, start, end, context)).toEqual({ type: 'TextQuoteSelector', ...expected });
  });

  it('takes 32 characters of context by default', () => {
    const text = 'x'.repeat(100) + 'QUOTE' + 'y'.repeat(100);
    const selector = quoteSelectorFor(text, 100, 105);
    expect(selector.prefix).toBe('x'.repeat(32));
    expect(selector.suffix).toBe('y'.repeat(32));
  });

  it('never keeps half of a surrogate pair at the edge of the context', () => {
    const text = '😀abc😀';
    expect(quoteSelectorFor(text, 2, 5, 1)).toMatchObject({ exact: 'abc', prefix: '', suffix: '' });
    expect(quoteSelectorFor(text, 2, 5, 2)).toMatchObject({ exact: 'abc', prefix: '😀', suffix: '😀' });
  });
});
