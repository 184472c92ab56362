import type { BenchResult } from '../../scripts/bench-verdict.mjs';

/** What a page hands back to scripts/bench.mjs, which judges it (scripts/bench-verdict.mjs) and keeps it. */
export type {
  BenchComparison,
  BenchGroup,
  BenchLimit,
  BenchMeasure,
  BenchResult,
  MeasureRole,
} from '../../scripts/bench-verdict.mjs';

/** One case of a page that runs each case in a fresh browser page, and what it measured there. */
export interface CaseRun<T> {
  id: string;
  value: T;
}

export interface PageBench {
  /** Case ids in the order to run them, each in a fresh page; absent: the page runs once. */
  cases?: () => string[];
  runCase?: (id: string) => Promise<unknown>;
  /** Single-run pages measure here; case pages turn their runs into the result here. */
  run: (runs: CaseRun<unknown>[]) => Promise<BenchResult>;
}

/** What the runner does on the page's behalf: real (trusted) input, which the page cannot make itself. */
export type BenchInput = KeyInput | { kind: 'gc' };

interface KeyInput {
  kind: 'key';
  /** What the key types, e.g. 'ب'. */
  key: string;
  /** The physical key and its legacy key code, e.g. 'KeyF' and 70 (ب on the Arabic layout). */
  code: string;
  keyCode: number;
}

declare global {
  interface Window {
    hamishBench?: PageBench;
    /** Exposed by scripts/bench-runner.mjs. */
    benchInput?: (input: BenchInput) => Promise<void>;
  }
}

/** A page that measures everything in one page load. */
export function defineBench(run: () => Promise<BenchResult>): void {
  window.hamishBench = { run: () => run() };
}

/**
 * A page whose cases each run in a fresh browser page (nothing left over from another case: DOM, caches,
 * garbage), in the order `cases` gives; `summarize` then turns every run into the result.
 */
export function defineCaseBench<T>(bench: {
  cases: () => string[];
  runCase: (id: string) => Promise<T>;
  summarize: (runs: CaseRun<T>[]) => BenchResult | Promise<BenchResult>;
}): void {
  window.hamishBench = {
    cases: bench.cases,
    runCase: bench.runCase,
    run: async (runs) => bench.summarize(runs as CaseRun<T>[]),
  };
}

/** `rounds` rounds of every case, each round starting one case later, so no case always goes first. */
export function rotatedOrder(caseIds: readonly string[], rounds: number): string[] {
  const order: string[] = [];
  for (let round = 0; round < rounds; round++) {
    for (let turn = 0; turn < caseIds.length; turn++) order.push(caseIds[(round + turn) % caseIds.length]!);
  }
  return order;
}

/** Sends one trusted key press through the runner (Chromium's input pipeline), as a keyboard would. */
export async function pressKey(key: string, code: string, keyCode: number): Promise<void> {
  if (!window.benchInput) throw new Error('window.benchInput is missing: run this page with npm run bench');
  await window.benchInput({ kind: 'key', key, code, keyCode });
}

/** A full garbage collection (through the runner), so that a timed pass starts on a clean heap. */
export async function collectGarbage(): Promise<void> {
  if (!window.benchInput) throw new Error('window.benchInput is missing: run this page with npm run bench');
  await window.benchInput({ kind: 'gc' });
}

/** Resolves once the frame after the current one has been produced: what the reader sees is painted. */
export function nextPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

export interface FrameTimes {
  /** The frame's timestamp: when the display asked for it (the main thread may start later). */
  frameStart: number;
  /** When the main thread ran this frame's animation callbacks: its rendering work starts about here. */
  renderStart: number;
  /** When the frame's rendering (style, layout, paint) was done. */
  done: number;
}

/**
 * Resolves right after the main thread has produced the next frame (style, layout, paint): a task posted
 * from an animation-frame callback runs once that frame's rendering is done.
 */
export function afterNextFrame(): Promise<FrameTimes> {
  return new Promise((resolve) =>
    requestAnimationFrame((frameStart) => {
      const renderStart = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ frameStart, renderStart, done: performance.now() });
      channel.port2.postMessage(null);
    }),
  );
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** The nearest-rank percentile: the smallest value with at least p% of the values at or below it. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  if (p === 50 && sorted.length % 2 === 0) {
    const mid = sorted.length >> 1;
    return (sorted[mid - 1]! + sorted[mid]!) / 2;
  }
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
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

/** A thousands-separated count for notes: 10,000. */
export function count(value: number): string {
  return value.toLocaleString('en');
}
