import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIntervalIndex } from '@renderer/reader/interval-index';

const intervalsArb = fc.array(
  fc
    .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 60 }))
    .map(([start, length]) => ({ start, end: start + length })),
  { maxLength: 300 },
);

describe('createIntervalIndex', () => {
  it('finds the intervals that cover a position, in order of start', () => {
    const index = createIntervalIndex([
      { start: 10, end: 20, value: 'b' },
      { start: 0, end: 100, value: 'a' },
      { start: 15, end: 16, value: 'c' },
      { start: 20, end: 30, value: 'd' },
    ]);
    expect(index.at(15)).toEqual(['a', 'b', 'c']);
    expect(index.at(19)).toEqual(['a', 'b']);
    expect(index.at(20)).toEqual(['a', 'd']);
    expect(index.at(100)).toEqual([]);
    expect(index.overlapping(16, 20)).toEqual(['a', 'b']);
    expect(createIntervalIndex([]).at(0)).toEqual([]);
  });

  it('agrees with a linear scan', () => {
    fc.assert(
      fc.property(intervalsArb, fc.integer({ min: -5, max: 570 }), fc.nat(30), (intervals, start, length) => {
        const index = createIntervalIndex(intervals.map((interval, value) => ({ ...interval, value })));
        const expected = (from: number, to: number) =>
          intervals
            .map((interval, value) => ({ ...interval, value }))
            .filter((interval) => interval.start < to && interval.end > from)
            .map((interval) => interval.value)
            .sort((a, b) => a - b);
        expect([...index.at(start)].sort((a, b) => a - b)).toEqual(expected(start, start + 1));
        expect([...index.overlapping(start, start + length)].sort((a, b) => a - b)).toEqual(
          expected(start, start + length),
        );
      }),
    );
  });

  it('answers point queries on 10,000 intervals far faster than a linear scan', () => {
    const intervals = Array.from({ length: 10_000 }, (_, i) => ({
      start: i * 40,
      end: i * 40 + 30,
      value: i,
    }));
    const index = createIntervalIndex(intervals);
    const time = (lookup: (offset: number) => number[]) => {
      const started = performance.now();
      let found = 0;
      for (let k = 0; k < 10_000; k++) found += lookup(k * 40 + 5).length;
      expect(found).toBe(10_000);
      return performance.now() - started;
    };
    const linear = time((offset) =>
      intervals.filter((interval) => interval.start <= offset && offset < interval.end).map((i) => i.value),
    );
    expect(time((offset) => index.at(offset))).toBeLessThan(linear / 5);
  });
});
