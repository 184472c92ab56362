import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HIDDEN_MARK, maskDiacritics, withoutHiddenMarks } from '@renderer/settings/diacritics';

const HARAKAT = ['\u064B', '\u064C', '\u064D', '\u064E', '\u064F', '\u0650', '\u0651', '\u0652', '\u0670'];
const arabicText = fc
  .array(
    fc.oneof(fc.constantFrom(...HARAKAT), fc.constantFrom('ب', 'ت', 'ال', ' ', 'لا', '؟', 'a', '1', 'ـ')),
  )
  .map((parts) => parts.join(''));

describe('maskDiacritics', () => {
  it.each([
    ['a vocalized word', 'كَتَبَ', `ك${HIDDEN_MARK}ت${HIDDEN_MARK}ب${HIDDEN_MARK}`],
    [
      'shadda with tanween',
      'مُحَمَّدًا',
      `م${HIDDEN_MARK}ح${HIDDEN_MARK}م${HIDDEN_MARK}${HIDDEN_MARK}د${HIDDEN_MARK}ا`,
    ],
    ['a dagger alef', 'هٰذا', `ه${HIDDEN_MARK}ذا`],
    ['tatweel and Latin stay', 'عـــلم Cameco', 'عـــلم Cameco'],
  ])('hides %s', (_, text, masked) => {
    expect(maskDiacritics(text)).toBe(masked);
  });

  it('keeps the length and every other character at its index', () => {
    fc.assert(
      fc.property(arabicText, (text) => {
        const masked = maskDiacritics(text);
        expect(masked.length).toBe(text.length);
        for (let i = 0; i < text.length; i++) {
          if (HARAKAT.includes(text[i]!)) expect(masked[i]).toBe(HIDDEN_MARK);
          else expect(masked[i]).toBe(text[i]);
        }
      }),
    );
  });

  it('copies as the letters without the marks', () => {
    fc.assert(
      fc.property(arabicText, (text) => {
        const letters = [...text].filter((char) => !HARAKAT.includes(char)).join('');
        expect(withoutHiddenMarks(maskDiacritics(text))).toBe(letters);
      }),
    );
  });
});
