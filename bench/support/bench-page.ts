/** What a bench page hands back to scripts/bench.mjs, which prints it and writes bench-results/results.json. */
export interface BenchMeasure {
  label: string;
  ms: number;
  /** Peers are what the first (Hamish) measure is compared with for the target. */
  peer?: boolean;
  /** The measure a group's `maxRatio` divides the first measure by (e.g. the same work without the feature). */
  baseline?: boolean;
  correct?: number;
  checked?: number;
  note?: string;
}

export interface BenchGroup {
  name: string;
  measures: BenchMeasure[];
  /** How many times faster than the fastest peer the first measure should be. */
  target?: number;
  /** The most the first measure may take, as a multiple of the `baseline` measure's time. */
  maxRatio?: number;
  notes?: string[];
}

export interface BenchResult {
  groups: BenchGroup[];
}

declare global {
  interface Window {
    runBench?: () => Promise<BenchResult>;
  }
}

/** A page under bench/pages/ calls this once; the runner awaits window.runBench(). */
export function defineBench(run: () => Promise<BenchResult>): void {
  window.runBench = run;
}

/** Resolves once the frame after the current one has been produced: what the reader sees is painted. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Deterministic random numbers (mulberry32), so every run measures the same document and selections. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
