import { describe, expect, it } from 'vitest';
import type { HighlightColor } from '@shared/annotations/annotation-model';
import { overlapSegments, type ColoredSpan } from '@renderer/reader/overlap-segments';

const span = (start: number, end: number, color: HighlightColor): ColoredSpan => ({ start, end, color });

describe('overlapSegments', () => {
  it.each<[string, ColoredSpan[], ReturnType<typeof overlapSegments>]>([
    ['nothing painted', [], []],
    ['one span', [span(0, 10, 'yellow')], []],
    ['two colours side by side, touching', [span(0, 5, 'yellow'), span(5, 10, 'blue')], []],
    ['one colour over itself', [span(0, 10, 'yellow'), span(4, 12, 'yellow')], []],
    [
      'yellow over blue, crossing',
      [span(0, 10, 'yellow'), span(6, 20, 'blue')],
      [{ start: 6, end: 10, colors: ['yellow', 'blue'] }],
    ],
    [
      'one inside another, whatever the order given',
      [span(5, 8, 'purple'), span(0, 20, 'green')],
      [{ start: 5, end: 8, colors: ['green', 'purple'] }],
    ],
    [
      'three colours: the set changes along the way',
      [span(0, 10, 'yellow'), span(4, 14, 'blue'), span(8, 20, 'pink')],
      [
        { start: 4, end: 8, colors: ['yellow', 'blue'] },
        { start: 8, end: 10, colors: ['yellow', 'blue', 'pink'] },
        { start: 10, end: 14, colors: ['blue', 'pink'] },
      ],
    ],
    [
      'a same-coloured span starting inside keeps one stretch',
      [span(0, 20, 'yellow'), span(2, 12, 'blue'), span(6, 18, 'blue')],
      [{ start: 2, end: 18, colors: ['yellow', 'blue'] }],
    ],
    [
      'two separate overlaps',
      [span(0, 4, 'green'), span(2, 6, 'pink'), span(10, 14, 'green'), span(12, 16, 'pink')],
      [
        { start: 2, end: 4, colors: ['green', 'pink'] },
        { start: 12, end: 14, colors: ['green', 'pink'] },
      ],
    ],
    ['an empty span is ignored', [span(0, 10, 'yellow'), span(5, 5, 'blue')], []],
  ])('%s', (_, spans, expected) => {
    expect(overlapSegments(spans)).toEqual(expected);
  });

  it('agrees with counting colours character by character', () => {
    const colors: HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const spans = Array.from({ length: 40 }, () => {
      const start = random(200);
      return span(start, start + 1 + random(30), colors[random(5)]!);
    });
    const segments = overlapSegments(spans);
    for (let at = 0; at < 240; at++) {
      const here = colors.filter((color) =>
        spans.some((s) => s.color === color && s.start <= at && at < s.end),
      );
      const segment = segments.find((s) => s.start <= at && at < s.end);
      expect(segment?.colors ?? [], `at ${at}`).toEqual(here.length >= 2 ? here : []);
    }
    for (const [a, b] of segments.slice(1).map((s, i) => [segments[i]!, s] as const))
      expect(a.end < b.start || a.colors.join() !== b.colors.join()).toBe(true);
  });
});
