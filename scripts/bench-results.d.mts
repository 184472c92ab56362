import type { BenchGroup } from './bench-verdict.mjs';

export interface BenchMachine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  browser: string;
}

/** One page's outcome: its groups, or the error that stopped it. */
export type PageResult = { ranAt: string; seconds: number } & (
  { groups: BenchGroup[]; error?: undefined } | { error: string; groups?: undefined }
);

export interface BenchResults {
  machine: BenchMachine;
  pages: Record<string, PageResult>;
}

export type PageStatus = 'PASS' | 'MISS' | 'FAIL' | 'INFO';

export declare function sameMachine(a: BenchMachine | undefined, b: BenchMachine | undefined): boolean;
export declare function mergeResults(previous: BenchResults | null, run: BenchResults): BenchResults;
export declare function pageStatus(page: PageResult): PageStatus;
export declare function tally(pages: Record<string, PageResult>): Record<PageStatus, number>;
