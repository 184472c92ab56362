import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cell, ratioCell, renderReport, tableRows, targetCell } from '../../../scripts/bench-report.mjs';
import type { BenchResults } from '../../../scripts/bench-results.mjs';

/** Three pages: anchoring meets its target, typing misses its limit, painting failed to run. */
const RESULTS = JSON.parse(
  readFileSync(new URL('./bench-report.fixture.json', import.meta.url), 'utf8'),
) as BenchResults;
const TEMPLATE = [
  '# Benchmarks',
  '',
  'How they are measured.',
  '',
  '<!-- bench:machine -->',
  '',
  '<!-- bench:table -->',
  '',
  '<!-- bench:details -->',
  '',
].join('\n');

describe('ratio and target cells', () => {
  it.each([
    [{ kind: 'faster', ratio: 140 }, '**140×** faster'],
    [{ kind: 'faster', ratio: 0.5 }, 'only **0.50×** as fast'],
    [{ kind: 'cost', ratio: 1.25 }, 'costs **1.25×**'],
  ] as const)('%j → %s', (comparison, text) => expect(ratioCell(comparison)).toBe(text));

  it.each([
    [{ kind: 'faster', target: 100 }, '≥100× faster'],
    [{ kind: 'cost', target: 3 }, '≤3.00×'],
    [{ kind: 'cost', target: undefined }, '—'],
  ] as const)('%j → %s', (comparison, text) => expect(targetCell(comparison)).toBe(text));

  it('keeps pipes and tags from breaking a table', () => {
    expect(cell('wrapping in <mark> | split')).toBe('wrapping in &lt;mark> \\| split');
  });
});

describe('tableRows', () => {
  const rows = tableRows(RESULTS.pages);

  it('lists pages in the report order, whatever order they ran in', () => {
    expect(rows.map((row) => row[0]).filter(Boolean)).toEqual([
      'anchoring 1,000 selectors',
      'painting',
      'typing in a long note',
    ]);
  });

  it('compares with the fastest peer, naming it and its source, the ratio in the target’s direction', () => {
    expect(rows[0]).toEqual([
      'anchoring 1,000 selectors',
      'Hamish, 5.00 ms, 1000/1000 right',
      'the fastest peer: wrapping in <mark> | split, 700.0 ms, 990/1000 right',
      'peer-a 1.0.0',
      '**140×** faster',
      '≥100× faster',
      'PASS',
    ]);
  });

  it('reports a failed page with its error, a met target as PASS and a missed limit as MISS', () => {
    expect(rows[1]?.[6]).toBe('**FAIL**: Error: the article did not render');
    expect(rows[2]?.slice(4)).toEqual(['costs **1.25×**', '≤1.50×', 'PASS']);
    expect(rows[3]?.slice(2)).toEqual(['a frame at 60 Hz', '—', 'p95 20.0 ms', '≤16.0 ms', '**MISS**']);
  });
});

describe('renderReport', () => {
  const report = renderReport(RESULTS, TEMPLATE);

  it('keeps the template’s prose and fills every marker', () => {
    expect(report).toContain('How they are measured.');
    expect(report).not.toContain('<!-- bench:');
  });

  it('says on what machine, when, and how many pages passed', () => {
    expect(report).toContain(
      'Measured on AMD EPYC (2 cores, 23.5 GiB), Linux 6.1, Node v20.20.2, Chromium 156.0.8078.114. Pages ran from 2026-12-01 to 2026-12-02.',
    );
    expect(report).toContain('Pages: 1 met every target, 1 missed one, 1 failed to run.');
  });

  it('shows a wrong answer of Hamish as a MISS row of its own', () => {
    const wrong = structuredClone(RESULTS);
    const measure = wrong.pages.anchoring!.groups![0]!.measures[0]!;
    measure.correct = 999;
    expect(tableRows(wrong.pages)[1]).toEqual([
      '',
      'Hamish, 5.00 ms, 999/1000 right',
      '—',
      '—',
      '—',
      'all right',
      '**MISS**',
    ]);
  });

  it('escapes labels inside the table', () => {
    expect(report).toContain(
      '| the fastest peer: wrapping in &lt;mark> \\| split, 700.0 ms, 990/1000 right |',
    );
  });

  it('details each page: measures with their sources, sentences, notes, and the error of a failed one', () => {
    expect(report).toContain('### anchoring (`bench/pages/anchoring.ts`)');
    expect(report).toContain('- peer B (peer-b 2.0.0): 9,000 ms');
    expect(report).toContain(
      '- Hamish is 140× faster than the fastest peer, wrapping in &lt;mark> \\| split (700.0 ms); target ≥100× faster: PASS',
    );
    expect(report).toContain('- a note about the method');
    expect(report).toContain('Error: the article did not render\n    at paint (painting.js:1:1)');
  });

  it('refuses a template that lost a marker', () => {
    expect(() => renderReport(RESULTS, TEMPLATE.replace('<!-- bench:table -->', ''))).toThrow(/bench:table/);
  });
});
