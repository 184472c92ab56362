import { describe, expect, it } from 'vitest';
import type { Annotation, HighlightColor } from '@shared/annotations/annotation-model';
import {
  createSearchIndex,
  filterAnnotations,
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
