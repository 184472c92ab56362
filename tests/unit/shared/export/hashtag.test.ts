import { describe, expect, it } from 'vitest';
import { hashtag } from '@shared/export/hashtag';

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
