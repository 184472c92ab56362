import { describe, expect, it } from 'vitest';
import type { Annotation, HighlightColor } from '@shared/annotations/annotation-model';
import {
  createSearchIndex,
  filterAnnotations,
  isFiltering,
  NO_FILTER,
  normalizeTag,
  tagsOf,
} from '@renderer/margin/margin-filter';
import type { AnchoredAnnotation } from '@shared/annotations/anchored-annotation';

function item(
  id: string,
  exact: string,
  color: HighlightColor,
  tags: string[] = [],
  note = '',
): AnchoredAnnotation {
  const annotation = {
    id,
    color,
    tags,
    modified: '2026-01-01T00:00:00.000Z',
    note: { editorState: null, text: note, markdown: note },
    target: {
      source: 'd@h',
      selector: [
        { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start: 0, end: 1 },
      ],
    },
  } as unknown as Annotation;
  return { annotation, anchor: { status: 'anchored', start: 0, end: exact.length } };
}

const items = [
  item('a', 'أحداث كازاخستان', 'yellow', ['دليل']),
  item('b', 'شركة Cameco', 'green', ['evidence', 'طاقة'], 'مصدر مهمّ'),
  item('c', 'الإمدادات الغذائية', 'yellow', [], 'Food supply'),
];

const ids = (list: AnchoredAnnotation[]) => list.map((i) => i.annotation.id);

describe('filterAnnotations', () => {
  const index = createSearchIndex();
  it('keeps everything without a filter', () => {
    expect(ids(filterAnnotations(items, NO_FILTER, index))).toEqual(['a', 'b', 'c']);
  });
  it('filters by colour', () => {
    expect(ids(filterAnnotations(items, { ...NO_FILTER, colors: new Set(['yellow']) }, index))).toEqual([
      'a',
      'c',
    ]);
  });
  it('filters by tag', () => {
    expect(ids(filterAnnotations(items, { ...NO_FILTER, tag: 'طاقة' }, index))).toEqual(['b']);
  });
  it.each([
    ['احداث', ['a']],
    ['كــازاخستان', ['a']],
    ['cameco', ['b']],
    ['مهم', ['b']],
    ['الامدادات', ['c']],
    ['food', ['c']],
    ['nothing-like-this', []],
  ])('search %s ignores diacritics, hamza forms, tatweel and case', (query, expected) => {
    expect(ids(filterAnnotations(items, { ...NO_FILTER, query }, index))).toEqual(expected);
  });
});

describe('normalizeTag', () => {
  it.each([
    ['  #دليل  ', 'دليل'],
    ['open   question', 'open question'],
    ['\u0627\u0654', '\u0623'],
  ])('%j → %j', (raw, expected) => expect(normalizeTag(raw)).toBe(expected));
});

describe('tagsOf', () => {
  it('lists every tag once, sorted', () => {
    expect(tagsOf([...items, items[0]!])).toEqual(['evidence', 'دليل', 'طاقة']);
  });
});

describe('filterAnnotations with whole words', () => {
  const chinaItems = [
    item('bare', 'قالت الصين إنها', 'yellow'),
    item('clitic', 'تعاون وللصين مصلحة', 'yellow'),
    item('longer', 'الشركات الصينية', 'yellow'),
    item('note', 'نص', 'yellow', [], 'عن بالصين'),
  ];
  const index = createSearchIndex();
  it.each([
    ['الصين', true, ['bare', 'clitic', 'note']],
    ['الصين', false, ['bare', 'longer', 'note']],
    ['الصينية', true, ['longer']],
    ['صين', true, ['bare', 'clitic', 'note']],
  ])('%j, whole words %s, keeps %j', (query, wholeWords, expected) => {
    expect(ids(filterAnnotations(chinaItems, { ...NO_FILTER, query, wholeWords }, index))).toEqual(expected);
  });
});

describe('margin search finds tags as shown and colour meanings', () => {
  const tagged = [
    item('energy', 'حركة الشحن', 'yellow', ['طاقة']),
    item('claim', 'قالت الحكومة', 'blue'),
    item('mention', 'الطاقة النووية', 'green'),
  ];
  const index = createSearchIndex({ blue: 'ادعاء', green: 'دليل' });
  it.each([
    ['#طاقة', ['energy']],
    ['طاقة', ['energy', 'mention']],
    ['ادعاء', ['claim']],
    ['إدعاء', ['claim']],
    ['دليل', ['mention']],
    ['#دليل', []],
  ])('%j keeps %j', (query, expected) => {
    expect(ids(filterAnnotations(tagged, { ...NO_FILTER, query }, index))).toEqual(expected);
  });
  it('finds no meaning the reader has not given', () => {
    expect(ids(filterAnnotations(tagged, { ...NO_FILTER, query: 'ادعاء' }, createSearchIndex()))).toEqual([]);
  });
});

describe('isFiltering', () => {
  it.each([
    [NO_FILTER, false],
    [{ ...NO_FILTER, query: '   ' }, false],
    [{ ...NO_FILTER, query: 'x' }, true],
    [{ ...NO_FILTER, tag: 'طاقة' }, true],
    [{ ...NO_FILTER, colors: new Set<HighlightColor>(['pink']) }, true],
  ])('%o → %s', (filter, expected) => expect(isFiltering(filter)).toBe(expected));
});
