import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '@shared/text/arabic-normalize';
import { createTextSearcher, findAll } from '@shared/text/search-text';

import { loadSeedDocument } from '../../../support/seed-document';

const { text: seed } = loadSeedDocument();

describe('findAll', () => {
  it.each([
    ['احداث', 'وقعت أحداث كبيرة', ['أحداث']],
    ['الاسلام', 'دين الإسلامُ الحنيف', ['الإسلامُ']],
    ['مدرسة', 'في مدرسه القرية', ['مدرسه']],
    ['مدرسه', 'في مدرسة القرية', ['مدرسة']],
    ['كازاخستان', 'احداث كـــازاخستان', ['كـــازاخستان']],
    ['cameco', 'شركة Cameco الكندية', ['Cameco']],
    ['٢٠٢٢', 'احداث 2022', ['2022']],
    ['2022', 'احداث ٢٠٢٢', ['٢٠٢٢']],
    ['رييس', 'قال رئيس الوزراء', ['رئيس']],
    ['علي', 'على علي', ['على', 'علي']],
    ['الصين', 'الصينُ والصينِ', ['الصينُ', 'الصينِ']],
    ['  الصين ', 'الصين', ['الصين']],
    ['ل', 'ﻻ', []],
    ['لا', 'بﻻد', ['ﻻ']],
    ['', 'نص', []],
    ['ً', 'نصًا', []],
  ])('%j in %j finds %j', (query, text, expected) => {
    expect(findAll(text, query).map(({ start, end }) => text.slice(start, end))).toEqual(expected);
  });

  it('includes the marks after the last letter in the match', () => {
    const text = 'قرأ مُحَمَّدٌ الكتاب';
    const [match] = findAll(text, 'محمد');
    expect(text.slice(match!.start, match!.end)).toBe('مُحَمَّدٌ');
    expect(match!.end).toBe(text.indexOf(' الكتاب'));
  });

  it('finds the seed words however they are spelled', () => {
    expect(findAll(seed, 'كازاخستان').length).toBeGreaterThan(20);
    expect(findAll(seed, 'كازاخستان', { limit: 3 })).toHaveLength(3);
    const [match] = findAll(seed, 'احداث كازاخستان ٢٠٢٢');
    expect(seed.slice(match!.start, match!.end)).toBe('احداث كازاخستان 2022');
  });

  it('finds matches that do not overlap, in order', () => {
    expect(findAll('ااااا', 'اا')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
  });

  it('every match, normalized, is the normalized query', () => {
    const search = createTextSearcher(seed);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: seed.length - 1 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('َ', 'ّ', 'ـ', 'أ', 'ة', 'ى', ''),
        (at, length, noise) => {
          const query = seed.slice(at, at + length) + noise;
          const needle = normalizeForSearch(query.trim()).text;
          for (const { start, end } of search(query)) {
            expect(normalizeForSearch(seed.slice(start, end)).text).toBe(needle);
          }
        },
      ),
    );
  });

  it('finds the very passage a query was cut from', () => {
    const search = createTextSearcher(seed);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: seed.length - 8 }),
        fc.integer({ min: 1, max: 30 }),
        (at, length) => {
          const query = seed.slice(at, at + length);
          const { text: needle, map } = normalizeForSearch(query);
          // A query cut to begin with a mark is searched for from its first letter.
          fc.pre(query.trim() === query && needle.length > 0 && map[0] === 0);
          expect(search(query).some((match) => match.start <= at && at < match.end)).toBe(true);
        },
      ),
    );
  });
});
