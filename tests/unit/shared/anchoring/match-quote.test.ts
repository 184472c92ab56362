import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchQuote } from '@shared/anchoring/match-quote';
import { quoteSelectorFor } from '@shared/anchoring/text-quote-selector';

import { loadSeedDocument } from '../../../support/seed-document';

const { text } = loadSeedDocument();

/** The same sentence three times, each time between different words. */
const REPEATED = ['قالت روسيا', 'قالت الصين', 'قالت تركيا']
  .map((lead) => `${lead}: إن الاستقرار أولوية للجميع في المنطقة.`)
  .join(' ');
const SENTENCE = 'إن الاستقرار أولوية';

function nth(haystack: string, needle: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) at = haystack.indexOf(needle, at + 1);
  return at;
}

function degrade(quote: string, errors: number): string {
  const letters = [...quote];
  for (let k = 0; k < errors; k++) letters[Math.floor(((k + 1) * letters.length) / (errors + 1))] = '#';
  return letters.join('');
}

describe('matchQuote', () => {
  it('finds a unique quote verbatim with a perfect score', () => {
    const start = text.indexOf('Cameco');
    expect(matchQuote(text, quoteSelectorFor(text, start, start + 6))).toEqual({
      start,
      end: start + 6,
      score: 1,
      exact: true,
    });
  });

  it.each([0, 1, 2])('lets the context choose among repeats (occurrence %i)', (n) => {
    const start = nth(REPEATED, SENTENCE, n);
    const selector = quoteSelectorFor(REPEATED, start, start + SENTENCE.length, 12);
    const match = matchQuote(REPEATED, selector);
    expect(match).toMatchObject({ start, exact: true });
  });

  it('prefers the occurrence whose context is closest when none matches verbatim', () => {
    const start = nth(REPEATED, SENTENCE, 1);
    const selector = { exact: SENTENCE, prefix: 'قالت الصيـن: ', suffix: '' };
    expect(matchQuote(REPEATED, selector)?.start).toBe(start);
  });

  it.each([0, 1, 2])('breaks ties by the position hint (occurrence %i)', (n) => {
    const start = nth(REPEATED, SENTENCE, n);
    expect(matchQuote(REPEATED, { exact: SENTENCE }, { hint: start + 3 })?.start).toBe(start);
  });

  it('finds a quote approximately after its words were edited', () => {
    const start = text.indexOf('مبادرة الحزام والطريق');
    const selector = quoteSelectorFor(text, start, start + 'مبادرة الحزام والطريق'.length);
    const match = matchQuote(text, { ...selector, exact: 'مبادرة حزام والطريق' });
    expect(match).toMatchObject({ start, exact: false });
    expect(match!.score).toBeLessThan(1);
    expect(match!.score).toBeGreaterThan(0.9);
  });

  it('scores fall as the quote degrades', () => {
    const start = text.indexOf('تتمتع الصين وكازاخستان بشراكة اقتصادية مهمة');
    const selector = quoteSelectorFor(text, start, start + 44);
    const scores = [0, 1, 2, 4, 8].map((errors) => {
      const match = matchQuote(text, { ...selector, exact: degrade(selector.exact, errors) });
      expect(Math.abs(match!.start - start)).toBeLessThanOrEqual(1);
      return match!.score;
    });
    for (let i = 1; i < scores.length; i++) expect(scores[i]).toBeLessThan(scores[i - 1]!);
  });

  it('scores fall as the context degrades', () => {
    const start = text.indexOf('Cameco');
    const selector = quoteSelectorFor(text, start, start + 6);
    const scores = [0, 3, 8].map(
      (errors) =>
        matchQuote(text, {
          ...selector,
          prefix: degrade(selector.prefix, errors),
          suffix: degrade(selector.suffix, errors),
        })!.score,
    );
    expect(scores[0]).toBe(1);
    expect(scores[1]).toBeLessThan(scores[0]!);
    expect(scores[2]).toBeLessThan(scores[1]!);
  });

  it.each([
    ['an empty quote', { exact: '' }],
    ['a quote with no likeness in the text', { exact: 'the quick brown fox jumps over' }],
    [
      'a short quote whose context is gone',
      { exact: 'كازاخ#', prefix: 'lorem ipsum dolor', suffix: 'sit amet' },
    ],
  ])('returns null for %s', (_, quote) => {
    expect(matchQuote(text, quote)).toBeNull();
  });
});

describe('the nearest quote with its whole context', () => {
  /** Every verbatim occurrence with its context, the nearest to the hint, the earlier on a tie: what the scan picks. */
  function reference(
    text: string,
    exact: string,
    prefix: string,
    suffix: string,
    hint: number,
  ): number | null {
    let best: number | null = null;
    for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
      const context =
        at >= prefix.length &&
        text.startsWith(prefix, at - prefix.length) &&
        text.startsWith(suffix, at + exact.length);
      if (context && (best === null || Math.abs(at - hint) < Math.abs(best - hint))) best = at;
    }
    return best;
  }

  it('takes the earlier of two equally near places, as the scan does', () => {
    expect(matchQuote('ن ن', { exact: 'ن', prefix: '', suffix: '' }, { hint: 1 })?.start).toBe(0);
    expect(matchQuote('بن بن بن', { exact: 'بن', prefix: ' ', suffix: ' ' }, { hint: 3 })?.start).toBe(3);
  });

  it('finds the same place as scanning every occurrence, in repetitive Arabic text', () => {
    // Few letters, so quotes and contexts repeat often and ties happen.
    const arabic = fc.string({
      unit: fc.constantFrom('ا', 'ل', 'ن', ' ', 'ب'),
      minLength: 1,
      maxLength: 200,
    });
    fc.assert(
      fc.property(
        arabic,
        fc.nat(),
        fc.nat(),
        fc.nat({ max: 4 }),
        fc.nat({ max: 4 }),
        fc.integer({ min: -10, max: 260 }),
        (text, rawStart, rawLength, prefixLength, suffixLength, hint) => {
          const start = rawStart % text.length;
          const end = Math.min(text.length, start + 1 + (rawLength % 5));
          const exact = text.slice(start, end);
          const prefix = text.slice(Math.max(0, start - prefixLength), start);
          const suffix = text.slice(end, end + suffixLength);
          const found = matchQuote(text, { exact, prefix, suffix }, { hint });
          expect(found?.start).toBe(reference(text, exact, prefix, suffix, hint));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
