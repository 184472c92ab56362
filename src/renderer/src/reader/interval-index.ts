export interface Interval<T> {
  start: number;
  end: number;
  value: T;
}

export interface IntervalIndex<T> {
  readonly size: number;
  /** Values of the intervals with start <= offset < end, in order of start. */
  at(offset: number): T[];
  /** Values of the intervals that share at least one position with [start, end), in order of start. */
  overlapping(start: number, end: number): T[];
}

/**
 * A static interval tree: intervals sorted by start form an implicit balanced tree (each index the middle
 * of its span) whose nodes know the largest end below them, so a query skips every subtree that ends early.
 */
export function createIntervalIndex<T>(intervals: readonly Interval<T>[]): IntervalIndex<T> {
  const sorted = [...intervals].sort((a, b) => a.start - b.start || a.end - b.end);
  const count = sorted.length;
  const starts = Float64Array.from(sorted, (interval) => interval.start);
  const ends = Float64Array.from(sorted, (interval) => interval.end);
  const values = sorted.map((interval) => interval.value);
  const maxEnd = new Float64Array(count);

  const build = (lo: number, hi: number): number => {
    if (lo >= hi) return -Infinity;
    const mid = (lo + hi) >>> 1;
    maxEnd[mid] = Math.max(ends[mid]!, build(lo, mid), build(mid + 1, hi));
    return maxEnd[mid]!;
  };
  build(0, count);

  const overlapping = (start: number, end: number): T[] => {
    const found: T[] = [];
    const visit = (lo: number, hi: number): void => {
      if (lo >= hi) return;
      const mid = (lo + hi) >>> 1;
      if (maxEnd[mid]! <= start) return;
      visit(lo, mid);
      if (starts[mid]! >= end) return;
      if (ends[mid]! > start) found.push(values[mid]!);
      visit(mid + 1, hi);
    };
    visit(0, count);
    return found;
  };

  return { size: count, at: (offset) => overlapping(offset, offset + 1), overlapping };
}
