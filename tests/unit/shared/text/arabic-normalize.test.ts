import { describe, expect, it } from 'vitest';
import { normalizeForSearch } from '@shared/text/arabic-normalize';

describe('normalizeForSearch', () => {
  it.each([
    ['harakat, tanween, shadda and sukun', 'الإسلامُ مُحَمَّدٌ سْ', 'الاسلام محمد س'],
    ['superscript alef', 'هٰذا', 'هذا'],
    ['Quranic marks', 'الرَّحِيمِ ۝ ذَٰلِكَ ۖ', 'الرحيم  ذلك '],
    ['tatweel', 'كـــازاخستان', 'كازاخستان'],
    ['alef variants', 'آ أ إ ٱ ا', 'ا ا ا ا ا'],
    ['alef maqsura', 'على', 'علي'],
    ['teh marbuta', 'مدرسة', 'مدرسه'],
    ['hamza on waw and yeh', 'مؤتمر رئيس', 'موتمر رييس'],
    ['Arabic-Indic and Persian digits', '٢٠٢٢ ۱۴۰۰', '2022 1400'],
    ['Latin case', 'Cameco CSTO', 'cameco csto'],
    ['presentation forms', 'ﻻ ﺍﻟﺼﻴﻦ', 'لا الصين'],
    ['invisible marks', 'ك\u200cا\u200fن\u061c', 'كان'],
  ])('folds %s', (_, source, expected) => {
    expect(normalizeForSearch(source).text).toBe(expected);
  });

  it('maps every normalized character back to where it came from, plus the end', () => {
    const source = 'أَحْـداث';
    const { text, map } = normalizeForSearch(source);
    expect(text).toBe('احداث');
    expect([...map]).toEqual([0, 2, 5, 6, 7, source.length]);
    for (let i = 0; i < text.length; i++) {
      expect(normalizeForSearch(source[map[i]!]!).text).toContain(text[i]);
    }
  });

  it('maps every character of an expanded ligature to the ligature', () => {
    const { text, map } = normalizeForSearch('بﻻ');
    expect(text).toBe('بلا');
    expect([...map]).toEqual([0, 1, 1, 2]);
  });
});
