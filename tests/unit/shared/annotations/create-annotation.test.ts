import { describe, expect, it } from 'vitest';
import { createAnnotation, hasLetters, trimSelection } from '@shared/annotations/create-annotation';
import { DEFAULT_READER } from '@shared/annotations/annotation-model';

import { loadSeedDocument } from '../../../support/seed-document';

const document = loadSeedDocument();

describe('trimSelection', () => {
  it.each([
    ['  abc  ', 0, 7, { start: 2, end: 5 }],
    ['abc', 2, 0, { start: 0, end: 2 }],
    ['   ', 0, 3, null],
    ['a\n\nb', 1, 3, null],
    ['abc', 1, 1, null],
    ['abc', -5, 99, { start: 0, end: 3 }],
    ['قال: «نعم».', 3, 5, null],
    ['قال: «نعم».', 3, 9, { start: 3, end: 9 }],
    ['a . b', 1, 4, null],
  ])('%j [%i, %i) → %j', (text, start, end, expected) => {
    expect(trimSelection(text, start, end)).toEqual(expected);
  });
});

describe('hasLetters', () => {
  it.each([
    ['Arabic word', 'الصين', true],
    ['Arabic letter with diacritics', 'بَ', true],
    ['Latin word', 'Cameco', true],
    ['Western digits', '2022', true],
    ['Arabic-Indic digits', '٢٠٢٢', true],
    ['a letter among punctuation', '«ب»', true],
    ['a full stop', '.', false],
    ['Arabic punctuation', '،؛؟', false],
    ['guillemets and dashes', '« — »', false],
    ['spaces and a line break', ' \n ', false],
    ['tatweel alone', 'ــ', false],
    ['diacritics alone', 'َُِّْ', false],
    ['nothing', '', false],
  ])('%s: %j → %s', (_, text, expected) => {
    expect(hasLetters(text)).toBe(expected);
  });
});

describe('createAnnotation', () => {
  it('records both selectors against the document version, with context', () => {
    const start = document.text.indexOf('Cameco');
    const annotation = createAnnotation({
      id: '00000000-0000-4000-8000-000000000001',
      document,
      start,
      end: start + 'Cameco'.length,
      color: 'green',
      author: DEFAULT_READER,
      now: new Date('2026-01-02T03:04:05Z'),
    });
    const [quote, position] = annotation.target.selector;
    expect(quote.exact).toBe('Cameco');
    expect(quote.prefix).toBe(document.text.slice(start - 32, start));
    expect(quote.suffix).toBe(document.text.slice(start + 6, start + 38));
    expect(position).toEqual({ type: 'TextPositionSelector', start, end: start + 6 });
    expect(annotation.target.source).toBe(document.versionId);
    expect(annotation.documentId).toBe('china-interests-kazakhstan-2022');
    expect(annotation.start).toBe(start);
    expect(annotation.created).toBe('2026-01-02T03:04:05.000Z');
    expect(annotation.modified).toBe(annotation.created);
    expect(annotation.note).toEqual({ editorState: null, text: '', markdown: '' });
  });
});
