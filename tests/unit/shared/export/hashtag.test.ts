import { describe, expect, it } from 'vitest';
import { hashtag, isolatedHashtag } from '@shared/export/hashtag';

describe('hashtag', () => {
  it.each([
    ['علاقات دولية', '#علاقات_دولية'],
    ['مصطلح#سياسي، مهم', '#مصطلح_سياسي_مهم'],
    ['  _edge_ ', '#edge'],
    ['a, b; c', '#a_b_c'],
    ['مُهِمّ', '#مُهِمّ'],
    ['2022', '#2022'],
    ['#,،', null],
  ])('%j → %j', (tag, expected) => {
    expect(hashtag(tag)).toBe(expected);
  });
});

describe('isolatedHashtag', () => {
  const FSI = '\u2068';
  const PDI = '\u2069';
  it.each([
    ['uranium', 'rtl', `${FSI}#uranium${PDI}`],
    ['الصين yuan', 'rtl', `${FSI}#الصين_yuan${PDI}`],
    ['الصين', 'rtl', '#الصين'],
    ['2022', 'rtl', '#2022'],
    ['uranium', 'ltr', '#uranium'],
    ['الصين', 'ltr', `${FSI}#الصين${PDI}`],
    ['#,،', 'rtl', null],
  ] as const)('%j in a %s line → %j', (tag, context, expected) => {
    expect(isolatedHashtag(tag, context)).toBe(expected);
  });
});
