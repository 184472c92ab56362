import { parseReadingSettings, type ReadingSettings } from '@renderer/settings/reading-settings';
import { updateReadingSettings } from '@renderer/settings/reading-store';
import { writeSetting } from '@renderer/storage/settings-store';
import { getDb } from '@renderer/storage/db';
import { buildAnnotationWorkload } from '../support/annotation-workload';
import {
  afterNextFrame,
  count,
  defineCaseBench,
  median,
  nextPaint,
  percentile,
  rotatedOrder,
  sleep,
  type BenchGroup,
  type CaseRun,
} from '../support/bench-page';
import { injectAppStyles, openAnnotatedReader, unpaintedInView, until } from '../support/reader-mount';

/** The built browser edition, which paints its prerendered article before any module runs. */
const APP = '/app/index.html';
const HIGHLIGHTS = 10_000;
const SWITCHES = 20;
const LOADS = 5;
const ROUNDS = 2;
const TIMEOUT_MS = 60_000;
/** After the app has replaced the prerendered article: time for anything late (IndexedDB, fonts) to land. */
const SETTLE_MS = 1_500;
const SIZES = [20.8, 28.8] as const;
const SAVED: ReadingSettings = parseReadingSettings({
  size: 28.8,
  spacing: 'airy',
  width: 'wide',
  align: 'justify',
  face: 'amiri',
  diacritics: false,
});

interface Shift {
  at: number;
  value: number;
}
interface LoadRun {
  /** Sum of every layout shift the page reported (all come after its first paint). */
  cls: number;
  /** The same, counting only shifts after the last web font arrived: what the app itself moved. */
  clsAfterFonts: number;
  fontsIn: number;
  shifts: Shift[];
}
interface SwitchRun {
  /** From the size change to the end of the frame after the one that showed it (the painter follows a frame late). */
  repaint: number[];
}

defineCaseBench<LoadRun | SwitchRun>({
  cases: () =>
    rotatedOrder(['load-default', 'load-saved'], LOADS)
      .map((name, turn) => `${name}:${turn}`)
      .concat(rotatedOrder(['size-10k', 'size-none'], ROUNDS).map((name, turn) => `${name}:${turn}`)),
  runCase: (id) => {
    const name = id.split(':')[0];
    if (name === 'size-10k') return switchSizes(HIGHLIGHTS);
    if (name === 'size-none') return switchSizes(0);
    return loadApp(name === 'load-saved');
  },
  summarize: (runs) => ({ groups: [layoutGroup(runs), switchGroup(runs)] }),
});

function layoutGroup(runs: CaseRun<LoadRun | SwitchRun>[]): BenchGroup {
  const of = (name: string) =>
    runs.filter((run) => run.id.startsWith(`${name}:`)).map((run) => run.value as LoadRun);
  const measure = (name: string, label: string) => {
    const loads = of(name);
    const worst = Math.max(...loads.map((load) => load.cls));
    return {
      id: name,
      label,
      role: 'hamish' as const,
      ms: worst,
      stat: 'CLS (worst load)',
      unit: '',
      note: `${loads.length} loads; CLS per load: ${loads.map((load) => load.cls.toFixed(4)).join(', ')}; after the last web font arrived: ${loads.map((load) => load.clsAfterFonts.toFixed(4)).join(', ')}; web fonts in at a median ${median(loads.map((load) => load.fontsIn)).toFixed(0)} ms`,
    };
  };
  return {
    id: 'layout-shift',
    name: 'layout shift after the first paint',
    measures: [
      measure('load-default', 'Hamish, default reading settings'),
      measure('load-saved', 'Hamish, saved settings (28.8 px, Amiri, wide, airy, justified, harakat hidden)'),
    ],
    comparisons: [],
    limits: [
      { subject: 'load-default', atMostMs: 0, describe: 'no layout shift' },
      { subject: 'load-saved', atMostMs: 0, describe: 'no layout shift' },
    ],
    notes: [
      `the built browser edition (${APP}) in a frame, loaded ${LOADS} times per case; layout-shift entries (buffered) summed over the load and ${SETTLE_MS} ms after the app replaced the prerendered article`,
      'saved settings are written where the app keeps them (IndexedDB) and in the localStorage mirror boot.js reads before the first paint',
      'a shift before the last web font (resource timing) arrived may be the font swapping in over its fallback; the note gives the CLS after it separately',
    ],
  };
}

function switchGroup(runs: CaseRun<LoadRun | SwitchRun>[]): BenchGroup {
  const measure = (name: string, label: string, role: 'hamish' | 'baseline') => {
    const times = runs
      .filter((run) => run.id.startsWith(`${name}:`))
      .flatMap((run) => (run.value as SwitchRun).repaint);
    return {
      id: name,
      label,
      role,
      ...(role === 'baseline' ? { source: 'Hamish itself, with no highlights' } : {}),
      ms: percentile(times, 95),
      stat: 'p95',
      note: `${times.length} switches; median ${median(times).toFixed(1)} ms, longest ${Math.max(...times).toFixed(1)} ms`,
    };
  };
  return {
    id: 'text-size-switch',
    name: `switching the text size with ${count(HIGHLIGHTS)} highlights`,
    measures: [
      measure('size-10k', `Hamish, ${count(HIGHLIGHTS)} highlights`, 'hamish'),
      measure('size-none', 'the same article with no highlight', 'baseline'),
    ],
    comparisons: [{ subject: 'size-10k', against: ['size-none'], kind: 'cost' }],
    limits: [{ subject: 'size-10k', atMostMs: 100, describe: 'a repaint within 100 ms' }],
    notes: [
      `the whole reader (ReaderScreen, the app's database, packed annotations) on the ${count(HIGHLIGHTS)}-highlight workload's article; the size goes ${SIZES.join(' ↔ ')} px ${SWITCHES} times through the same call the reading panel makes`,
      'time: from the call to the end of the second frame after it (the new layout, then the painter following the reflow); checked after each switch: every annotation in view is painted',
    ],
  };
}

async function switchSizes(highlights: number): Promise<SwitchRun> {
  injectAppStyles();
  // The defaults, whatever a load-saved case left in this origin's storage.
  await getDb().settings.clear();
  localStorage.removeItem('hamish.reading');
  updateReadingSettings({ size: SIZES[0] });
  const { document: article, annotations: all } = buildAnnotationWorkload(HIGHLIGHTS);
  const annotations = all.slice(0, highlights);
  const reader = await openAnnotatedReader(article, annotations, TIMEOUT_MS);
  const repaint: number[] = [];
  for (let i = 1; i <= SWITCHES; i++) {
    await nextPaint();
    const started = performance.now();
    updateReadingSettings({ size: SIZES[i % SIZES.length] });
    await afterNextFrame();
    const { done } = await afterNextFrame();
    repaint.push(done - started);
    const missing = unpaintedInView(reader.container, annotations);
    if (missing.length > 0)
      throw new Error(`${missing.length} annotations in view unpainted after a size switch`);
  }
  await reader.unmount();
  updateReadingSettings({ size: SIZES[0] });
  return { repaint };
}

async function loadApp(saved: boolean): Promise<LoadRun> {
  const settings = saved ? SAVED : parseReadingSettings(null);
  await getDb().settings.clear();
  if (saved) await writeSetting('reading', settings);
  localStorage.setItem('hamish.reading', JSON.stringify(settings));
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = APP;
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!view) throw new Error(`${APP}: the frame has no window`);
  await until(
    () => view.document.querySelector('[data-reader-article]') !== null,
    TIMEOUT_MS,
    'the app did not open its reader',
  );
  await view.document.fonts.ready;
  await sleep(SETTLE_MS);
  // Layout-shift entries are buffered: an observer made after the load still receives them.
  const shifts = await new Promise<Shift[]>((resolve) => {
    const observer = new view.PerformanceObserver((list) => {
      observer.disconnect();
      resolve(
        (list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
          .filter((entry) => !entry.hadRecentInput)
          .map((entry) => ({ at: entry.startTime, value: entry.value })),
      );
    });
    observer.observe({ type: 'layout-shift', buffered: true });
    setTimeout(() => resolve([]), 500);
  });
  const fontsIn = Math.max(
    0,
    ...(view.performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => /\.woff2?$/.test(entry.name))
      .map((entry) => entry.responseEnd),
  );
  // The frame stays: removing it would abort the app's own lazy loads (the note editor) mid-flight.
  const sum = (list: Shift[]) => list.reduce((total, shift) => total + shift.value, 0);
  return {
    cls: sum(shifts),
    clsAfterFonts: sum(shifts.filter((shift) => shift.at > fontsIn)),
    fontsIn,
    shifts,
  };
}
