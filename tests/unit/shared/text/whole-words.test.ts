import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '@shared/text/arabic-normalize';
import { findAll } from '@shared/text/search-text';
import { includesWholeWord, isWordCharAt } from '@shared/text/whole-words';

const found = (text: string, query: string) =>
  findAll(text, query, { wholeWords: true }).map(({ start, end }) => text.slice(start, end));

describe('findAll with whole words', () => {
  it.each([
    // The article and the proclitics before it.
    ['الصين', 'الصين', ['الصين']],
    ['الصين', 'والصين', ['الصين']],
    ['الصين', 'فالصين', ['الصين']],
    ['الصين', 'بالصين', ['الصين']],
    ['الصين', 'كالصين', ['الصين']],
    ['الصين', 'وبالصين', ['الصين']],
    ['الصين', 'فكالصين', ['الصين']],
    // ل + ال is written لل: the match covers both lams.
    ['الصين', 'للصين', ['للصين']],
    ['الصين', 'وللصين', ['للصين']],
    ['الصين', 'فللصين', ['للصين']],
    // Not a longer word, not letters that are no proclitics, not a second article.
    ['الصين', 'الصينية', []],
    ['الصين', 'والصينيون', []],
    ['الصين', 'سالصين', []],
    ['الصين', 'باللصين', []],
    ['الصين', 'ببالصين', []],
    ['الصين', 'بللصين', []],
    // The article is a clitic: the bare word finds it; the query's own article is required.
    ['صين', 'الصين', ['صين']],
    ['صين', 'للصين', ['صين']],
    ['الصين', 'صين', []],
    ['الصين', 'لصين', []],
    ['كتاب', 'الكتاب وكتاب بكتاب للكتاب كتابه', ['كتاب', 'كتاب', 'كتاب', 'كتاب']],
    ['كتاب', 'مكتبة مكتاب', []],
    // Normalization variants still apply: hamza, ta marbuta, alef maqsura, diacritics, tatweel.
    ['الاسلام', 'وبالإسلامِ', ['الإسلامِ']],
    ['مدرسة', 'في المدرسه', ['مدرسه']],
    ['على', 'وعلي', ['علي']],
    ['محمد', 'لمُحَمَّدٍ', ['مُحَمَّدٍ']],
    ['كازاخستان', 'وكـــازاخستان', ['كـــازاخستان']],
    ['الصين', 'الصينـــية', []],
    // Punctuation, Arabic comma and question mark, quotes and brackets are boundaries.
    ['الصين', 'الصين، والهند؟ (بالصين) «للصين»؛', ['الصين', 'الصين', 'للصين']],
    ['الهند', 'أين الهند؟', ['الهند']],
    ['الصين', 'الصين-الهند', ['الصين']],
    // Latin words and digits, in either digit script.
    ['cameco', 'شركة Cameco الكندية وCameco', ['Cameco', 'Cameco']],
    ['came', 'Cameco', []],
    ['2022', 'عام ٢٠٢٢، وفي 20221', ['٢٠٢٢']],
    ['٢٠', 'عام 2022', []],
    // Phrases: boundaries at both ends only.
    ['احداث كازاخستان', 'وأحداث كازاخستان.', ['أحداث كازاخستان']],
    ['احداث كازاخستان', 'أحداث كازاخستانية', []],
    // A query that starts or ends with punctuation needs no boundary there; a word edge still does.
    ['، والهند', 'الصين، والهند', ['، والهند']],
    ['، و', 'الصين، والهند', []],
    ['', 'الصين', []],
  ])('%j in %j finds %j', (query, text, expected) => {
    expect(found(text, query)).toEqual(expected);
  });

  it('without the option, finds the word inside longer words', () => {
    expect(findAll('الصينية', 'الصين')).toHaveLength(1);
    expect(found('الصينية', 'الصين')).toEqual([]);
  });

  it('stops at the limit', () => {
    expect(findAll('الصين والصين للصين', 'الصين', { wholeWords: true, limit: 2 })).toHaveLength(2);
  });

  it('returns matches in text order when direct and لل matches interleave', () => {
    const text = 'للصين الصين وللصين والصين';
    expect(findAll(text, 'الصين', { wholeWords: true }).map(({ start }) => start)).toEqual([0, 6, 13, 20]);
  });
});

describe('includesWholeWord', () => {
  const fold = (text: string) => normalizeForSearch(text).text;
  it.each([
    ['قال رئيس الوزراء', 'رييس', true],
    ['قال رئيسهم', 'رييس', false],
    ['وللصين', 'الصين', true],
    ['الصينية', 'الصين', false],
    ['#طاقة متجددة', 'طاقه', true],
  ])('%j contains %j: %s', (text, query, expected) => {
    expect(includesWholeWord(fold(text), fold(query))).toBe(expected);
  });
});

describe('isWordCharAt', () => {
  it.each([
    ['a', 0, true],
    ['٣', 0, true],
    ['ص', 0, true],
    ['،', 0, false],
    ['؟', 0, false],
    [' ', 0, false],
    ['𝐀', 1, true],
    ['😀', 1, false],
    ['a', 1, false],
    ['a', -1, false],
  ])('%j at %i: %s', (text, index, expected) => {
    expect(isWordCharAt(text, index)).toBe(expected);
  });
});
