import { describe, expect, it } from 'vitest';
import {
  filterEntries,
  sortEntries,
  type LibraryEntry,
} from '../../../../src/renderer/src/library/library-query';

function entry(
  id: string,
  title: string,
  extra: Partial<LibraryEntry> = {},
  source = 'مجلة أمناي',
): LibraryEntry {
  return {
    summary: { id, title, language: 'ar', direction: 'rtl', source: { name: source }, publication: '' },
    added: null,
    lastOpened: null,
    highlights: 0,
    notes: 0,
    ...extra,
  };
}

const entries = [
  entry('a', 'النفط نقطة ضعف الصين في أي حرب عسكرية', {
    added: '2026-11-02T10:00:00Z',
    lastOpened: '2026-11-20T08:00:00Z',
  }),
  entry('b', 'أسباب ارتفاع التضخم في أمريكا', { added: '2026-11-05T10:00:00Z' }),
  entry('c', 'Belt and Road in Central Asia', { lastOpened: '2026-11-21T08:00:00Z' }, 'The Diplomat'),
];

describe('filterEntries', () => {
  it.each([
    ['a hamza form typed without its hamza', 'اسباب', ['b']],
    ['ة typed as ه and harakat added', 'نُقطه', ['a']],
    ['tatweel inside a word', 'الصـين', ['a']],
    ['Latin case', 'belt AND road', ['c']],
    ['the source, not only the title', 'diplomat', ['c']],
    ['an Arabic source name', 'امناي', ['a', 'b']],
    ['nothing that matches', 'كازاخستان', []],
  ])('matches %s', (_what, query, ids) => {
    expect(filterEntries(entries, query).map((found) => found.summary.id)).toEqual(ids);
  });

  it('keeps every entry for an empty or blank query', () => {
    expect(filterEntries(entries, '  ')).toHaveLength(3);
  });
});

describe('sortEntries', () => {
  it.each([
    ['title', ['b', 'a', 'c']],
    ['added', ['b', 'a', 'c']],
    ['opened', ['c', 'a', 'b']],
  ] as const)('orders by %s', (order, ids) => {
    expect(sortEntries(entries, order).map((found) => found.summary.id)).toEqual(ids);
  });

  it('never reorders its input', () => {
    const before = entries.map((found) => found.summary.id);
    sortEntries(entries, 'title');
    expect(entries.map((found) => found.summary.id)).toEqual(before);
  });
});
