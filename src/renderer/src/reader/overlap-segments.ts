import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/annotations/annotation-model';

export interface ColoredSpan {
  start: number;
  end: number;
  color: HighlightColor;
}

/** A stretch of text under highlights of two or more colours. */
export interface OverlapSegment {
  start: number;
  end: number;
  /** The distinct colours over the whole stretch, in palette order. */
  colors: HighlightColor[];
}

/**
 * Where spans of different colours overlap, as maximal stretches with the same set of colours: a sweep
 * over the spans' ends, O(n log n). Spans of one colour over each other are no overlap: they cannot blend
 * into another palette colour. Runs on every repaint of thousands of spans, hence numbers, not objects:
 * each end is one key (position, colour, opening or closing) in a typed array sorted natively.
 */
export function overlapSegments(spans: readonly ColoredSpan[]): OverlapSegment[] {
  const keys = new Float64Array(spans.length * 2);
  let count = 0;
  for (const span of spans) {
    if (span.end <= span.start) continue;
    const color = COLOR_INDEX.get(span.color)!;
    keys[count++] = span.start * KEY_SPACE + color * 2 + 1;
    keys[count++] = span.end * KEY_SPACE + color * 2;
  }
  const sorted = keys.subarray(0, count).sort();

  const depth = new Int32Array(HIGHLIGHT_COLORS.length);
  let present = 0;
  const segments: OverlapSegment[] = [];
  let previousMask = 0;
  let index = 0;
  while (index < count) {
    const at = Math.floor(sorted[index]! / KEY_SPACE);
    for (; index < count && Math.floor(sorted[index]! / KEY_SPACE) === at; index++) {
      const code = sorted[index]! - at * KEY_SPACE;
      const color = code >> 1;
      depth[color]! += code & 1 ? 1 : -1;
      present = depth[color]! > 0 ? present | (1 << color) : present & ~(1 << color);
    }
    if (index >= count) break;
    const next = Math.floor(sorted[index]! / KEY_SPACE);
    if (!hasTwoBits(present)) continue;
    const previous = segments.at(-1);
    if (previous && previous.end === at && previousMask === present) previous.end = next;
    else
      segments.push({ start: at, end: next, colors: HIGHLIGHT_COLORS.filter((_, i) => present & (1 << i)) });
    previousMask = present;
  }
  return segments;
}

/** Room below each position for a colour's index and whether the span opens or closes there. */
const KEY_SPACE = 16;
const COLOR_INDEX = new Map<HighlightColor, number>(HIGHLIGHT_COLORS.map((color, i) => [color, i]));

function hasTwoBits(mask: number): boolean {
  return (mask & (mask - 1)) !== 0;
}
