import { JSDOM } from 'jsdom';
import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';
import {
  bibtexKey,
  bibtexValue,
  citeQuote,
  isCitationFormat,
  type CitedDocument,
} from '@shared/export/citation';

const arabic: CitedDocument = {
  id: 'china-interests-kazakhstan-2022',
  title: 'ما هي مصالح الصين؟',
  language: 'ar',
  direction: 'rtl',
  source: { name: 'مجلة أمناي', nameEn: 'Amnay' },
  publication: '2022-01',
};

const english: CitedDocument = {
  id: 'uranium-notes',
  title: 'Uranium & {Supply} at 50%',
  language: 'en',
  direction: 'ltr',
  source: { name: 'Energy_Review #3' },
  publication: '2021-11-05',
};

describe('citeQuote', () => {
  it.each([
    [
      'Arabic, plain',
      arabic,
      'plain',
      'الصين شريك',
      '«الصين شريك»\nما هي مصالح الصين؟ — مجلة أمناي، نُشر في 2022-01\n',
    ],
    [
      'English, plain, full date',
      english,
      'plain',
      'Supply is tight.',
      '“Supply is tight.”\nUranium & {Supply} at 50% — Energy_Review #3, published 2021-11-05\n',
    ],
    [
      'year only',
      { ...english, publication: '2021' },
      'plain',
      'Tight.',
      '“Tight.”\nUranium & {Supply} at 50% — Energy_Review #3, published 2021\n',
    ],
    [
      'no usable date',
      { ...english, publication: 'n.d.' },
      'plain',
      'Tight.',
      '“Tight.”\nUranium & {Supply} at 50% — Energy_Review #3\n',
    ],
    [
      'Arabic, Markdown, two paragraphs',
      arabic,
      'markdown',
      'الأول\n\nالثاني',
      '<div dir="rtl">\n\n> «الأول\n>\n> الثاني»\n\n— ما هي مصالح الصين؟ — مجلة أمناي، نُشر في 2022-01\n\n</div>\n',
    ],
    [
      'English, Markdown, escaped',
      english,
      'markdown',
      'A *bold* claim',
      '> “A \\*bold\\* claim”\n\n— Uranium \\& {Supply} at 50% — Energy\\_Review \\#3, published 2021-11-05\n',
    ],
    [
      'Arabic, BibTeX, month-only date',
      arabic,
      'bibtex',
      'الصين\n\nشريك',
      '@article{china_interests_kazakhstan_2022,\n  title = {ما هي مصالح الصين؟},\n  journal = {مجلة أمناي},\n  date = {2022-01},\n  year = {2022},\n  language = {arabic},\n  note = {«الصين شريك»}\n}\n',
    ],
    [
      'English, BibTeX, escaped',
      english,
      'bibtex',
      '100% {sure} & $5',
      '@article{uranium_notes_2021,\n  title = {Uranium \\& \\{Supply\\} at 50\\%},\n  journal = {Energy\\_Review \\#3},\n  date = {2021-11-05},\n  year = {2021},\n  language = {english},\n  note = {“100\\% \\{sure\\} \\& \\$5”}\n}\n',
    ],
  ] as const)('%s', (_case, document, format, quote, expected) => {
    expect(citeQuote(quote, document, format)).toBe(expected);
  });

  it('renders the Markdown citation as a quote with its attribution, in its direction', () => {
    const html = micromark(citeQuote('الصين *شريك*', arabic, 'markdown'), { allowDangerousHtml: true });
    const page = new JSDOM(html).window.document;
    expect(page.querySelector('[dir="rtl"] blockquote')?.textContent?.trim()).toBe('«الصين *شريك*»');
    expect(page.querySelector('[dir="rtl"] > p')?.textContent).toContain('مجلة أمناي');
  });
});

describe('bibtex', () => {
  it.each([
    ['china-interests-kazakhstan-2022', '2022-01', 'china_interests_kazakhstan_2022'],
    ['uranium-notes', '2021-11-05', 'uranium_notes_2021'],
    ['notes', 'n.d.', 'notes'],
    ['مقال', '2020', '2020'],
    ['مقال', '', 'hamish'],
  ])('key of %j published %j → %j', (id, publication, expected) => {
    const key = bibtexKey({ ...arabic, id, publication });
    expect(key).toBe(expected);
    expect(key).toMatch(/^[A-Za-z0-9_]+$/);
  });

  it.each([
    ['a {b} c', 'a \\{b\\} c'],
    ['50% & more', '50\\% \\& more'],
    ['back\\slash', 'back\\textbackslash{}slash'],
    ['two\nlines', 'two lines'],
    ['مصطلح_سياسي', 'مصطلح\\_سياسي'],
  ])('value %j → %j', (text, expected) => {
    expect(bibtexValue(text)).toBe(expected);
  });
});

describe('isCitationFormat', () => {
  it.each([
    ['plain', true],
    ['markdown', true],
    ['bibtex', true],
    ['apa', false],
    [3, false],
    [null, false],
  ])('%j → %j', (value, expected) => {
    expect(isCitationFormat(value)).toBe(expected);
  });
});
