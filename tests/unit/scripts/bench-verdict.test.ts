import { describe, expect, it } from 'vitest';
import {
  comparisonSentence,
  describeGroup,
  evaluateComparison,
  evaluateGroup,
  formatFigure,
  formatMs,
  formatRatio,
  meetsTarget,
  ratioFor,
  targetText,
  type BenchGroup,
  type BenchMeasure,
} from '../../../scripts/bench-verdict.mjs';

const measure = (id: string, ms: number, extra: Partial<BenchMeasure> = {}): BenchMeasure => ({
  id,
  label: id,
  ms,
  role: id === 'hamish' ? 'hamish' : 'peer',
  ...extra,
});

const group = (extra: Partial<BenchGroup>): BenchGroup => ({
  id: 'g',
  name: 'group',
  measures: [measure('hamish', 10), measure('slow', 2_000), measure('slower', 5_000), measure('floor', 4)],
  comparisons: [],
  notes: [],
  ...extra,
});

describe('formatRatio', () => {
  it.each([
    [0.4237, '0.42×'],
    [1, '1.00×'],
    [3.166, '3.17×'],
    [12.44, '12.4×'],
    [1782.4, '1,782×'],
  ])('%s → %s', (ratio, text) => expect(formatRatio(ratio)).toBe(text));
});

describe('formatMs and formatFigure', () => {
  it.each([
    [0.844, '0.84 ms'],
    [41.25, '41.3 ms'],
    [1905.2, '1,905 ms'],
    [12_840, '12.8 s'],
  ])('%s → %s', (ms, text) => expect(formatMs(ms)).toBe(text));

  it('names the statistic when the figure is not a median, and shows an untimed check as a dash', () => {
    expect(formatFigure({ ms: 12, stat: 'p95' })).toBe('p95 12.0 ms');
    expect(formatFigure({ ms: Number.NaN })).toBe('—');
  });

  it('prints a figure that is not a time in its own unit, or none for a score', () => {
    expect(formatFigure({ ms: 0.01234, stat: 'CLS', unit: '' })).toBe('CLS 0.012');
    expect(formatFigure({ ms: 1234.5, unit: 'records' })).toBe('1,234.5 records');
  });
});

describe('one direction per kind of comparison', () => {
  it.each([
    // kind, Hamish, other, ratio, target, met
    ['faster', 10, 2_000, 200, 100, true],
    ['faster', 10, 500, 50, 100, false],
    ['faster', 40, 20, 0.5, 3, false],
    ['cost', 30, 10, 3, 3, true],
    ['cost', 31, 10, 3.1, 3, false],
    ['cost', 8, 10, 0.8, 1.5, true],
  ] as const)(
    '%s: Hamish %s ms, other %s ms → %s× (target %s: %s)',
    (kind, mine, other, ratio, target, met) => {
      expect(ratioFor(kind, mine, other)).toBeCloseTo(ratio);
      expect(meetsTarget(kind, ratioFor(kind, mine, other), target)).toBe(met);
    },
  );

  it('says the ratio in the words its target uses, whichever way the result falls', () => {
    expect(comparisonSentence('faster', 200, 'Hamish', 'X')).toBe('Hamish is 200× faster than X');
    expect(comparisonSentence('faster', 0.5, 'Hamish', 'X')).toBe('Hamish is only 0.50× as fast as X');
    expect(comparisonSentence('cost', 1.26, 'Hamish', 'X')).toBe('Hamish costs 1.26× X');
    expect(comparisonSentence('cost', 0.8, 'Hamish', 'X')).toBe('Hamish costs 0.80× X');
    expect(targetText('faster', 100)).toBe('target ≥100× faster');
    expect(targetText('cost', 3)).toBe('target ≤3.00×');
    expect(targetText('cost', undefined)).toBe('no target');
  });
});

describe('evaluateComparison', () => {
  it('compares with the fastest of several measures', () => {
    const result = evaluateComparison(group({}), {
      subject: 'hamish',
      against: ['slower', 'slow'],
      kind: 'faster',
      target: 100,
      describe: 'the fastest peer',
    });
    expect(result.againstId).toBe('slow');
    expect(result.ratio).toBe(200);
    expect(result.met).toBe(true);
    expect(result.sentence).toBe(
      'Hamish is 200× faster than the fastest peer, slow (2,000 ms)'.replace('Hamish', 'hamish'),
    );
  });

  it('leaves met null without a target, and refuses an unknown measure', () => {
    expect(
      evaluateComparison(group({}), { subject: 'hamish', against: ['floor'], kind: 'cost' }).met,
    ).toBeNull();
    expect(() =>
      evaluateComparison(group({}), { subject: 'hamish', against: ['nope'], kind: 'cost' }),
    ).toThrow(/no measure "nope"/);
  });
});

describe('evaluateGroup', () => {
  it('passes when every target is met', () => {
    const verdict = evaluateGroup(
      group({ comparisons: [{ subject: 'hamish', against: ['slow'], kind: 'faster', target: 100 }] }),
    );
    expect(verdict.status).toBe('PASS');
  });

  it('misses when one target of several is missed', () => {
    const verdict = evaluateGroup(
      group({
        comparisons: [
          { subject: 'hamish', against: ['slow'], kind: 'faster', target: 100 },
          { subject: 'hamish', against: ['floor'], kind: 'cost', target: 2 },
        ],
      }),
    );
    expect(verdict.status).toBe('MISS');
    expect(verdict.comparisons.map((c) => c.met)).toEqual([true, false]);
  });

  it('misses when Hamish answers wrongly, however fast', () => {
    const wrong = group({
      measures: [
        measure('hamish', 1, { correct: 999, checked: 1_000, mustBeCorrect: true }),
        measure('slow', 2_000),
      ],
      comparisons: [{ subject: 'hamish', against: ['slow'], kind: 'faster', target: 100 }],
    });
    expect(evaluateGroup(wrong).status).toBe('MISS');
    expect(evaluateGroup(wrong).wrong).toEqual(['hamish: 999/1000 right']);
  });

  it('does not hold a peer to its answers', () => {
    const peerWrong = group({
      measures: [measure('hamish', 1), measure('slow', 2_000, { correct: 3, checked: 10 })],
      comparisons: [{ subject: 'hamish', against: ['slow'], kind: 'faster', target: 100 }],
    });
    expect(evaluateGroup(peerWrong).status).toBe('PASS');
  });

  it('judges a limit on a figure, and calls a group with no target INFO', () => {
    const limited = group({
      measures: [measure('hamish', 16.8, { stat: 'p95' })],
      limits: [{ subject: 'hamish', atMostMs: 16.7 }],
    });
    expect(evaluateGroup(limited).status).toBe('MISS');
    expect(
      evaluateGroup(group({ comparisons: [{ subject: 'hamish', against: ['floor'], kind: 'cost' }] })).status,
    ).toBe('INFO');
  });
});

describe('describeGroup', () => {
  it('prints the ratio beside its target with PASS or MISS', () => {
    const lines = describeGroup(
      group({ comparisons: [{ subject: 'hamish', against: ['floor'], kind: 'cost', target: 3 }] }),
    );
    expect(lines[0]).toBe('group — PASS');
    expect(lines).toContain('  → hamish costs 2.50× floor (4.00 ms) (target ≤3.00×) PASS');
  });
});
