import { buildAnnotationWorkload } from '../support/annotation-workload';
import {
  afterNextFrame,
  count,
  defineCaseBench,
  median,
  percentile,
  rotatedOrder,
  sleep,
  type BenchMeasure,
  type FrameTimes,
} from '../support/bench-page';
import { injectAppStyles, openAnnotatedReader, unpaintedInView } from '../support/reader-mount';

const HIGHLIGHTS = 10_000;
const FRAMES = 300;
/** Pixels per frame: 1,440 px a second at 60 Hz, a brisk scroll through the article. */
const STEP_PX = 24;
const ROUNDS = 2;
const TIMEOUT_MS = 60_000;
const REFRESH_MS = 1000 / 60;

const CASES = {
  'highlights-10k': {
    highlights: HIGHLIGHTS,
    label: `Hamish, ${count(HIGHLIGHTS)} highlights`,
  },
  none: { highlights: 0, label: 'the same article with no highlight' },
} as const;
type CaseName = keyof typeof CASES;

interface ScrollRun {
  /** Time between the starts of consecutive frames while scrolling, in whole refreshes (jitter removed). */
  intervals: number[];
  /** The same, as measured. */
  rawIntervals: number[];
  /** Main-thread time of each frame: from its animation callbacks to the end of its rendering. */
  work: number[];
}

defineCaseBench<ScrollRun>({
  cases: () => rotatedOrder(Object.keys(CASES), ROUNDS).map((name, turn) => `${name}:${turn}`),
  runCase: (id) => scroll(CASES[id.split(':')[0] as CaseName].highlights),
  summarize: (runs) => {
    const of = (name: CaseName) =>
      runs.filter((run) => run.id.startsWith(`${name}:`)).map((run) => run.value);
    const measure = (name: CaseName): BenchMeasure => {
      const intervals = of(name).flatMap((run) => run.intervals);
      const work = of(name).flatMap((run) => run.work);
      const raw = of(name).flatMap((run) => run.rawIntervals);
      const late = intervals.filter((ms) => ms > REFRESH_MS * 1.5).length;
      return {
        id: name,
        label: CASES[name].label,
        role: name === 'none' ? 'baseline' : 'hamish',
        ...(name === 'none' ? { source: 'Hamish itself, with no highlights' } : {}),
        ms: percentile(intervals, 95),
        stat: 'p95',
        note: `${late} of ${intervals.length} frames late (a refresh or more missed); as measured, before rounding to refreshes: median ${median(raw).toFixed(2)} ms, p95 ${percentile(raw, 95).toFixed(2)} ms; main-thread work per frame: median ${median(work).toFixed(1)} ms, p95 ${percentile(work, 95).toFixed(1)} ms, longest ${Math.max(...work).toFixed(1)} ms`,
      };
    };
    return {
      groups: [
        {
          id: 'scrolling',
          name: `scrolling the article with ${count(HIGHLIGHTS)} highlights`,
          measures: [measure('highlights-10k'), measure('none')],
          comparisons: [{ subject: 'highlights-10k', against: ['none'], kind: 'cost' }],
          limits: [{ subject: 'highlights-10k', atMostMs: 16.7, describe: 'a frame at 60 Hz' }],
          notes: [
            `the whole reader (ReaderScreen, the app's database, packed annotations) on a 400,000-character article; the window is scrolled by ${STEP_PX} px every frame for ${FRAMES} frames (${((FRAMES * STEP_PX) / 1000).toFixed(1)}k px), so every frame has new text in view and the painter follows it`,
            `frame time: from the start of one frame (its animation-frame timestamp) to the start of the next, rounded to whole 60 Hz refreshes (16.7 ms on time, 33.3 ms when one refresh was missed: the timestamps jitter by a tenth of a millisecond around the refresh), p95 over the frames of ${ROUNDS} runs in fresh pages`,
            'checked afterwards: every annotation in view at the end of the scroll is painted',
          ],
        },
      ],
    };
  },
});

async function scroll(highlights: number): Promise<ScrollRun> {
  injectAppStyles();
  const { document: article, annotations } = buildAnnotationWorkload(HIGHLIGHTS);
  const stored = annotations.slice(0, highlights);
  const reader = await openAnnotatedReader(article, stored, TIMEOUT_MS);

  const frames: FrameTimes[] = [];
  for (let i = 0; i < FRAMES; i++) {
    window.scrollBy(0, STEP_PX);
    frames.push(await afterNextFrame());
  }
  await sleep(100);
  if (scrollY < (FRAMES * STEP_PX) / 2) throw new Error(`the window scrolled only ${scrollY} px`);
  const missing = highlights > 0 ? unpaintedInView(reader.container, stored) : [];
  if (missing.length > 0)
    throw new Error(`${missing.length} annotations in view were not painted after scrolling`);
  await reader.unmount();
  const rawIntervals = frames.slice(1).map((frame, i) => frame.frameStart - frames[i]!.frameStart);
  return {
    rawIntervals,
    intervals: rawIntervals.map((ms) => Math.max(1, Math.round(ms / REFRESH_MS)) * REFRESH_MS),
    work: frames.map((frame) => frame.done - frame.renderStart),
  };
}
