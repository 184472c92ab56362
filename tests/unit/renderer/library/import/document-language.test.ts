import { describe, expect, it } from 'vitest';
import { documentLanguage, primaryLanguage } from '@renderer/library/import/document-language';

const ARABIC = 'هذا نص عربي طويل بما يكفي ليعرف الكاشف لغته من حروفه';
const ENGLISH = 'This is an English text long enough for the detector to know it';

describe('documentLanguage', () => {
  it.each([
    [
      'the declared language when the text agrees in direction',
      'ar-EG',
      ARABIC,
      { language: 'ar', direction: 'rtl' },
    ],
    [
      'a declared language the detector does not tell apart',
      'fr',
      ENGLISH,
      { language: 'fr', direction: 'ltr' },
    ],
    [
      'the text’s language when a template says lang="en" over Arabic',
      'en',
      ARABIC,
      { language: 'ar', direction: 'rtl' },
    ],
    ['the text’s language when nothing is declared', null, ENGLISH, { language: 'en', direction: 'ltr' }],
    [
      'the declared language when the text has no letters',
      'ar',
      '١٢٣ — ٤٥٦',
      { language: 'ar', direction: 'rtl' },
    ],
  ])('gives %s', (_, declared, text, expected) => {
    expect(documentLanguage(declared, text)).toEqual(expected);
  });
});

describe('primaryLanguage', () => {
  it.each([
    ['ar-EG', 'ar'],
    ['ar_AR', 'ar'],
    [' FA ', 'fa'],
    ['ckb-IQ', 'ckb'],
    ['x-klingon', null],
    ['', null],
    [null, null],
  ])('%s → %s', (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });
});
