import { documentFromDraft } from '@shared/document/imported-document';
import { importFile } from '@renderer/library/import/run-import';
import { buildClutteredPage, type ClutteredPage } from '../support/cluttered-page';
import { extractBaseline } from '../support/import-baseline';
import { count, defineCaseBench, median, rotatedOrder, type BenchMeasure } from '../support/bench-page';
import { WRITTEN_FOR_BENCH } from '../support/peer-sources';
import readabilityPackage from '../../node_modules/@mozilla/readability/package.json';
import dompurifyPackage from '../../node_modules/dompurify/package.json';

const PAGE_BYTES = 5 * 1024 * 1024;
const ROUNDS = 3;
/** The Long Tasks API reports every main-thread task over this: the target is that none is. */
const LONG_TASK_MS = 50;
const CASES = ['hamish', 'baseline'] as const;
type CaseId = (typeof CASES)[number];

interface ImportRun {
  ms: number;
  /** Longest main-thread task the Long Tasks API saw during the import; 0 when none passed 50 ms. */
  longestTaskMs: number;
  /** Longest gap between two turns of a 1 ms timer on the main thread: an upper bound for shorter tasks. */
  longestGapMs: number;
  /** Article paragraphs found in the output, checked after the clock. */
  kept: number;
  /** Furniture markers found in the output (should be none). */
  clutter: number;
  paragraphs: number;
}

function watchMainThread(): () => Promise<{ longestTaskMs: number; longestGapMs: number }> {
  let longestTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let longestGapMs = 0;
  let last = performance.now();
  let running = true;
  const tick = () => {
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - last);
    last = now;
    if (running) setTimeout(tick, 1);
  };
  setTimeout(tick, 1);
  return async () => {
    // One more turn: a synchronous import froze the timer until now, and its long task is reported after it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    running = false;
    for (const entry of observer.takeRecords()) longestTaskMs = Math.max(longestTaskMs, entry.duration);
    observer.disconnect();
    return { longestTaskMs, longestGapMs };
  };
}

function check(page: ClutteredPage, text: string): Pick<ImportRun, 'kept' | 'clutter' | 'paragraphs'> {
  return {
    kept: page.paragraphs.filter((paragraph) => text.includes(paragraph)).length,
    clutter: page.clutterMarkers.filter((marker) => text.includes(marker)).length,
    paragraphs: page.paragraphs.length,
  };
}

async function runCase(id: CaseId): Promise<ImportRun> {
  const page = buildClutteredPage(PAGE_BYTES);
  const bytes = new TextEncoder().encode(page.html);
  // Both start from the same bytes; the baseline's own first step is decoding them.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const stop = watchMainThread();
  const start = performance.now();
  let text: string;
  if (id === 'hamish') {
    const outcome = await importFile({ name: 'page.html', size: bytes.length, bytes });
    if (!outcome.ok) throw new Error(`Hamish refused the page: ${outcome.reason}`);
    text = documentFromDraft('imported-bench', outcome.draft, new Date().toISOString()).text;
  } else {
    const sanitizedHtml = extractBaseline(new TextDecoder().decode(bytes));
    text = sanitizedHtml;
  }
  const ms = performance.now() - start;
  const watched = await stop();
  // Checked after the clock: the baseline's output is HTML, so its text is read through an inert parse.
  if (id === 'baseline') text = new DOMParser().parseFromString(text, 'text/html').body.textContent ?? '';
  return { ms, ...watched, ...check(page, text) };
}

defineCaseBench<ImportRun>({
  cases: () => rotatedOrder(CASES, ROUNDS),
  runCase: (id) => runCase(id as CaseId),
  summarize(runs) {
    const of = (id: CaseId) => runs.filter((run) => run.id === id).map((run) => run.value);
    const measure = (
      id: CaseId,
      label: string,
      extra: Pick<BenchMeasure, 'role'> & Partial<BenchMeasure>,
    ): BenchMeasure => {
      const values = of(id);
      const worst = values.reduce((a, b) => (a.kept <= b.kept ? a : b));
      return {
        id,
        label,
        ms: median(values.map((value) => value.ms)),
        checked: worst.paragraphs,
        correct: worst.clutter === 0 ? worst.kept : 0,
        mustBeCorrect: true,
        ...extra,
      };
    };
    const hamish = of('hamish');
    const longestTask = Math.max(...hamish.map((run) => run.longestTaskMs));
    const longestGap = Math.max(...hamish.map((run) => run.longestGapMs));
    const baselineGap = Math.max(...of('baseline').map((run) => run.longestGapMs));
    return {
      groups: [
        {
          id: 'import-web-page-5mb',
          name: `Importing a ${count(PAGE_BYTES / 1024 / 1024)} MB Arabic web page, to a readable document`,
          measures: [
            measure('hamish', 'Hamish: worker extraction, main-thread sanitizing in slices, document model', {
              role: 'hamish',
            }),
            measure('baseline', 'Readability + DOMPurify alone, on the main thread', {
              role: 'peer',
              source: `${readabilityPackage.name} ${readabilityPackage.version} + ${dompurifyPackage.name} ${dompurifyPackage.version}, ${WRITTEN_FOR_BENCH}`,
            }),
            {
              id: 'longest-task',
              label:
                'Hamish: longest main-thread task during the import (Long Tasks API; 0 = none over 50 ms)',
              role: 'hamish',
              ms: longestTask,
            },
          ],
          comparisons: [{ subject: 'hamish', against: ['baseline'], kind: 'cost', target: 1.5 }],
          limits: [{ subject: 'longest-task', atMostMs: LONG_TASK_MS, describe: 'no long task' }],
          notes: [
            `The same ${count(PAGE_BYTES)}-byte page (UTF-8) for both: ${count(of('hamish')[0]?.paragraphs ?? 0)} article paragraphs inside menus, ads, comments, inline SVG, scripts and styles; each run in a fresh page, order rotated over ${ROUNDS} rounds; medians.`,
            'Hamish does more than the baseline: it decodes the bytes (charset detection), extracts in a Web Worker, sanitizes on the main thread in slices, and builds the document model (blocks, canonical offsets, content hash); the baseline stops at sanitized HTML. Hamish also does less: a linear scan drops scripts, styles, SVG, menus, asides and footers before parsing, which the baseline parses and scores.',
            `Longest gap between 1 ms timer turns on the main thread: Hamish ${longestGap.toFixed(0)} ms, the baseline ${baselineGap.toFixed(0)} ms (the page is frozen that long).`,
            'Checked after the clock: every article paragraph is in the output and no menu, ad or comment marker is.',
          ],
        },
      ],
    };
  },
});
