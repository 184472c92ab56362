import { describe, expect, it } from 'vitest';
import { median, percentile, rotatedOrder } from '../../../bench/support/bench-page';

describe('percentile (nearest rank) and median', () => {
  const twenty = Array.from({ length: 20 }, (_, i) => 20 - i);

  it.each([
    [95, 19],
    [100, 20],
    [5, 1],
    [50, 10.5],
  ])('p%s of 1…20 is %s', (p, value) => expect(percentile(twenty, p)).toBe(value));

  it('takes the middle of an odd count and the mean of the two middles of an even one', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('rotatedOrder', () => {
  it('runs every case once a round, each round starting with the next case', () => {
    expect(rotatedOrder(['a', 'b', 'c'], 3)).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
  });
});
