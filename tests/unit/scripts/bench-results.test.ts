import { describe, expect, it } from 'vitest';
import {
  mergeResults,
  pageStatus,
  tally,
  type BenchMachine,
  type PageResult,
} from '../../../scripts/bench-results.mjs';
import type { BenchGroup } from '../../../scripts/bench-verdict.mjs';

const MACHINE: BenchMachine = {
  cpu: 'AMD EPYC',
  cores: 2,
  memoryGiB: 23.5,
  os: 'Linux 6.1',
  node: 'v20.20.2',
  browser: 'Chromium 156.0.8078.114',
};

/** A group whose one comparison meets its target of 2× or not. */
const groupWithRatio = (hamishMs: number): BenchGroup => ({
  id: 'g',
  name: 'g',
  measures: [
    { id: 'hamish', label: 'Hamish', role: 'hamish', ms: hamishMs },
    { id: 'base', label: 'base', role: 'baseline', ms: 10 },
  ],
  comparisons: [{ subject: 'hamish', against: ['base'], kind: 'cost', target: 2 }],
  notes: [],
});
const page = (groups: BenchGroup[]): PageResult => ({ ranAt: '2026-12-01T10:00:00Z', seconds: 1, groups });
const failed: PageResult = { ranAt: '2026-12-01T10:00:00Z', seconds: 1, error: 'Error: boom' };

describe('mergeResults', () => {
  const previous = { machine: MACHINE, pages: { anchoring: page([]), painting: page([]) } };

  it("keeps the previous run's other pages on the same machine, this run's page replacing its own", () => {
    const merged = mergeResults(previous, { machine: MACHINE, pages: { painting: failed } });
    expect(Object.keys(merged.pages).sort()).toEqual(['anchoring', 'painting']);
    expect(merged.pages.painting).toBe(failed);
  });

  it.each([
    ['another CPU', { cpu: 'Intel' }],
    ['another core count', { cores: 8 }],
    ['another browser', { browser: 'Chromium 157' }],
  ])('drops the previous pages measured with %s', (_, change) => {
    const merged = mergeResults(previous, {
      machine: { ...MACHINE, ...change },
      pages: { painting: failed },
    });
    expect(Object.keys(merged.pages)).toEqual(['painting']);
  });

  it('starts afresh without a previous file', () => {
    expect(mergeResults(null, { machine: MACHINE, pages: { painting: failed } }).pages).toEqual({
      painting: failed,
    });
  });
});

describe('pageStatus and tally', () => {
  it.each([
    ['a page that did not finish', failed, 'FAIL'],
    ['a page whose target is met', page([groupWithRatio(15)]), 'PASS'],
    ['a page with one group missing', page([groupWithRatio(15), groupWithRatio(25)]), 'MISS'],
    ['a page with no target', page([{ ...groupWithRatio(15), comparisons: [] }]), 'INFO'],
  ] as const)('%s is %s', (_, result, status) => expect(pageStatus(result)).toBe(status));

  it('counts pages by status: the exit code is 0 only when none missed or failed', () => {
    expect(tally({ a: failed, b: page([groupWithRatio(15)]), c: page([groupWithRatio(25)]) })).toEqual({
      PASS: 1,
      MISS: 1,
      FAIL: 1,
      INFO: 0,
    });
  });
});
