import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DraftBlock } from '@shared/document/document-model';
import { annotateBlockLanguages, detectLanguage } from '@shared/import/detect-language';

const EXCERPT = readFileSync(
  resolve(import.meta.dirname, '../../../fixtures/import/text/kazakhstan-excerpt.utf-8.txt'),
  'utf8',
);
const ENGLISH = 'Cameco, the Canadian uranium producer, said its mine in Kazakhstan kept working.';
const PERSIAN = 'این یک متن فارسی است که برای آزمایش نوشته شده و کتاب‌های زیادی دارد.';
const URDU = 'یہ ایک اردو جملہ ہے جو جانچ کے لیے لکھا گیا ہے اور بہت اچھا ہے۔';
const HEBREW = 'זהו טקסט קצר בעברית שנכתב לצורך בדיקה.';

describe('detectLanguage', () => {
  it.each([
    ['the seed article', EXCERPT, 'ar', 'rtl'],
    ['Arabic with full tashkeel', 'إِنَّ الصِّينَ تُرَاقِبُ الأَحْدَاثَ', 'ar', 'rtl'],
    ['Arabic in presentation forms', 'ﺍﻟﺼﻴﻦ ﻭﻛﺎﺯﺍﺧﺴﺘﺎﻥ', 'ar', 'rtl'],
    [
      'Arabic naming Google with a Persian gaf',
      'أعلنت شركة گوگل عن خدمة جديدة في المنطقة العربية',
      'ar',
      'rtl',
    ],
    [
      'Arabic with a few English names',
      'ذكرت الصحيفة أن شركة Cameco التي تتخذ من كندا مقرا لها',
      'ar',
      'rtl',
    ],
    ['Persian', PERSIAN, 'fa', 'rtl'],
    ['Urdu (which also writes ی and ک)', URDU, 'ur', 'rtl'],
    ['Hebrew', HEBREW, 'he', 'rtl'],
    ['English', ENGLISH, 'en', 'ltr'],
    ['English with one Arabic word', `${ENGLISH} (كازاخستان)`, 'en', 'ltr'],
    [
      'French: Latin is called English, we do not guess further',
      'Le président a déclaré hier que la Chine suivait la situation.',
      'en',
      'ltr',
    ],
    [
      'Russian: a script we do not tell apart',
      'Президент заявил, что Китай следит за ситуацией.',
      'und',
      'ltr',
    ],
    ['digits and punctuation only', '2022 — 15:30 / 7.1%', 'und', 'ltr'],
    ['nothing', '', 'und', 'ltr'],
  ])('%s → %s %s', (_, text, language, direction) => {
    expect(detectLanguage(text)).toEqual({ language, direction });
  });

  it('reads past a long English preface to the Arabic that fills the rest', () => {
    const text = `${ENGLISH.repeat(250)}\n\n${EXCERPT.repeat(100)}`;
    expect(text.slice(0, 20_000)).not.toMatch(/\p{Script=Arabic}/u);
    expect(detectLanguage(text)).toEqual({ language: 'ar', direction: 'rtl' });
  });
});

describe('annotateBlockLanguages', () => {
  const ARABIC_DOCUMENT = { language: 'ar', direction: 'rtl' } as const;
  const ENGLISH_DOCUMENT = { language: 'en', direction: 'ltr' } as const;
  const paragraph = (text: string, extra: Partial<DraftBlock> = {}): DraftBlock => ({
    kind: 'paragraph',
    text,
    ...extra,
  });

  it.each([
    ['an English paragraph in Arabic', ARABIC_DOCUMENT, paragraph(ENGLISH), { lang: 'en', dir: 'ltr' }],
    ['a Persian paragraph in Arabic', ARABIC_DOCUMENT, paragraph(PERSIAN), { lang: 'fa', dir: 'rtl' }],
    ['a Hebrew quote in English', ENGLISH_DOCUMENT, paragraph(HEBREW), { lang: 'he', dir: 'rtl' }],
    ['Russian in Arabic', ARABIC_DOCUMENT, paragraph('Привет, мир'), { lang: 'und', dir: 'ltr' }],
    [
      'an Arabic sentence opening with an English name, in English (majority, not first strong)',
      ENGLISH_DOCUMENT,
      paragraph('Cameco شركة كندية تعمل في مجال اليورانيوم في كازاخستان'),
      { lang: 'ar', dir: 'rtl' },
    ],
    [
      'an English list item keeps its style and marker',
      ARABIC_DOCUMENT,
      paragraph(ENGLISH, { style: 'list-item', marker: '3.' }),
      { lang: 'en', dir: 'ltr', style: 'list-item', marker: '3.' },
    ],
  ])('marks %s', (_, document, block, marks) => {
    expect(annotateBlockLanguages([block], document)).toEqual([{ ...block, ...marks }]);
  });

  it.each([
    ['an Arabic paragraph in Arabic', ARABIC_DOCUMENT, paragraph(EXCERPT)],
    [
      'an Arabic sentence opening with an English name, in Arabic',
      ARABIC_DOCUMENT,
      paragraph('Cameco شركة كندية تعمل في مجال اليورانيوم في كازاخستان'),
    ],
    [
      'an English heading in English',
      ENGLISH_DOCUMENT,
      { kind: 'heading', text: 'Energy supplies' } as DraftBlock,
    ],
    ['a block of digits', ARABIC_DOCUMENT, paragraph('2022 — 15:30')],
    ['a block whose source declared its language', ARABIC_DOCUMENT, paragraph(ENGLISH, { lang: 'fr' })],
  ])('leaves %s alone', (_, document, block) => {
    const [result] = annotateBlockLanguages([block], document);
    expect(result).toBe(block);
  });

  it('annotates each block of a mixed document on its own, in order, without touching the input', () => {
    const blocks = [paragraph(EXCERPT), paragraph(ENGLISH), paragraph('الصين شريك رئيسي')];
    const copy = structuredClone(blocks);
    const result = annotateBlockLanguages(blocks, ARABIC_DOCUMENT);
    expect(result.map((block) => block.lang ?? null)).toEqual([null, 'en', null]);
    expect(blocks).toEqual(copy);
  });
});
