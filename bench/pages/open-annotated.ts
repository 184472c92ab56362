import type { Annotation } from '@shared/annotations/annotation-model';
import { buildAnnotationWorkload } from '../support/annotation-workload';
import { count, defineBench, median, nextPaint, type BenchMeasure } from '../support/bench-page';
import {
  benchPlatform,
  injectAppStyles,
  mountReader,
  paintedRanges,
  storeAnnotations,
  unpaintedInView,
  until,
  within,
} from '../support/reader-mount';

const COUNT = 10_000;
const RUNS = 7;
const TIMEOUT_MS = 60_000;
/** A letter found in some quotes and notes but not most: typing it really filters the margin. */
const SEARCH_LETTER = 'ظ';

interface Opening {
  /** Mount to everything painted and the margin scrolled, then two frames. */
  total: number;
  /** When the highlights in view were painted, and the first card (or the empty margin) was in the DOM. */
  painted: number;
  carded: number;
  /** When the margin had re-rendered after a scroll (no scroll without annotations: the list is empty). */
  scrolled: number;
  /** Typing one letter into the margin's search box, to the next paint; only with annotations. */
  search?: number;
}

defineBench(async () => {
  injectAppStyles();
  const { document: article, annotations } = buildAnnotationWorkload(COUNT);
  const platform = benchPlatform(article);
  const documentId = article.manifest.id;

  const open = async (n: number, packed: boolean): Promise<Opening> => {
    const stored = annotations.slice(0, n);
    await storeAnnotations(documentId, stored, packed);
    return openReader(platform, documentId, stored);
  };
  const cases = [
    { n: COUNT, packed: true, openings: [] as Opening[] },
    { n: 0, packed: false, openings: [] as Opening[] },
    { n: COUNT, packed: false, openings: [] as Opening[] },
  ];
  const [full, empty, unpacked] = cases as [(typeof cases)[0], (typeof cases)[0], (typeof cases)[0]];
  // A warm-up round loads fonts and compiles the code; then the cases take turns going first.
  for (let run = 0; run <= RUNS; run++) {
    for (let turn = 0; turn < cases.length; turn++) {
      const one = cases[(run + turn) % cases.length]!;
      const opening = await open(one.n, one.packed);
      if (run > 0) one.openings.push(opening);
    }
  }
  await storeAnnotations(documentId, [], false);

  const measure = (id: string, label: string, openings: Opening[], role: BenchMeasure['role']) => ({
    id,
    label,
    role,
    ...(role === 'hamish' ? {} : { source: 'Hamish itself, with no annotations' }),
    ms: median(openings.map((o) => o.total)),
    note: steps(openings),
  });
  const searches = full.openings.map((o) => o.search).filter((ms): ms is number => ms !== undefined);
  return {
    groups: [
      {
        id: 'open-annotated',
        name: `opening a ${Math.round(article.text.length / 1000)}k-character document with ${count(COUNT)} annotations`,
        measures: [
          measure(
            'packed',
            `Hamish, ${count(COUNT)} annotations (packed, as a returning reader finds them)`,
            full.openings,
            'hamish',
          ),
          measure(
            'unpacked',
            `Hamish, ${count(COUNT)} annotations, first opening right after they were written (no pack yet)`,
            unpacked.openings,
            'hamish',
          ),
          measure('empty', 'the same document with no annotations', empty.openings, 'baseline'),
        ],
        comparisons: [
          { subject: 'packed', against: ['empty'], kind: 'cost', target: 2 },
          { subject: 'unpacked', against: ['empty'], kind: 'cost' },
        ],
        notes: [
          `mount of ReaderScreen (in-memory platform, the app's Dexie database) to: the annotations painted (CSS highlights; the reader registers those within a view's length of the view, and every annotation in view is checked afterwards), the first margin card in the DOM and the margin re-rendering after a scroll; then two frames. Median of ${RUNS} after a warm-up, the cases taking turns`,
          `${count(COUNT)} annotations of 5–120 characters at random places (many overlap), all colours, half with notes, half with a tag; put in IndexedDB before mounting. The target is for a reader coming back to the document (its annotations packed); the first opening right after a bulk write reads them record by record`,
          searches.length
            ? `typing "${SEARCH_LETTER}" in the margin search at ${count(COUNT)}: ${median(searches).toFixed(1)} ms to the next paint (median of ${searches.length})`
            : `typing "${SEARCH_LETTER}" in the margin search changed nothing: not timed`,
        ],
      },
    ],
  };
});

async function openReader(
  platform: ReturnType<typeof benchPlatform>,
  documentId: string,
  stored: readonly Annotation[],
): Promise<Opening> {
  const n = stored.length;
  const reader = await mountReader(platform, documentId);
  const { container, started } = reader;
  const since = (time: number) => time - started;
  let painted = 0;
  let carded = 0;
  await until(
    () => {
      const now = performance.now();
      // The painter registers synchronously: any range means it has painted.
      if (!painted && (n === 0 || paintedRanges() > 0)) painted = now;
      if (!carded && container.querySelector(n > 0 ? '.annotation-card' : '.margin-empty')) carded = now;
      return painted > 0 && carded > 0;
    },
    TIMEOUT_MS,
    'the reader did not finish opening in time',
  );
  if (n > 0) await scrollMargin(container);
  // Checked after the clock, so checking costs the measure nothing.
  const missing = unpaintedInView(container, stored);
  if (missing.length > 0)
    throw new Error(`${missing.length} annotations in view were not painted, e.g. ${missing[0]}`);
  const scrolled = performance.now();
  await nextPaint();
  const total = since(performance.now());
  const opening: Opening = {
    total,
    painted: since(painted),
    carded: since(carded),
    scrolled: since(scrolled),
  };
  if (n > 0) opening.search = await typeSearch(container);
  await reader.unmount();
  return opening;
}

/** Scrolls the virtual list well past its first screen and waits until React has rendered the rows there. */
async function scrollMargin(container: HTMLElement): Promise<void> {
  const scroller = container.querySelector<HTMLElement>('.margin-scroll');
  if (!scroller) throw new Error('no .margin-scroll');
  const first = Number(container.querySelector<HTMLElement>('.margin-row')?.dataset.index ?? 0);
  scroller.scrollTop = 3_000;
  await until(
    () => {
      const rows = [...container.querySelectorAll<HTMLElement>('.margin-row')];
      return rows.some((row) => Number(row.dataset.index) > first + 12);
    },
    TIMEOUT_MS,
    'the margin did not follow its scroll',
  );
  scroller.scrollTop = 0;
}

/** Types one letter into the margin's search box as a reader would and times it to the next paint. */
async function typeSearch(container: HTMLElement): Promise<number | undefined> {
  const input = container.querySelector<HTMLInputElement>('.margin input[type="search"]');
  const list = container.querySelector<HTMLElement>('.margin-list');
  if (!input || !list) throw new Error('no margin search box or list');
  const height = list.style.height;
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  const started = performance.now();
  setValue?.call(input, SEARCH_LETTER);
  input.dispatchEvent(new Event('input', { bubbles: true }));
  const changed = await within(() => list.style.height !== height, 5_000);
  await nextPaint();
  return changed ? performance.now() - started : undefined;
}

/** Medians of when the highlights were painted, the first card appeared and the margin answered a scroll. */
function steps(openings: Opening[]): string {
  const at = (pick: (o: Opening) => number) => median(openings.map(pick)).toFixed(0);
  return `all painted at ${at((o) => o.painted)} ms, first card at ${at((o) => o.carded)} ms, margin re-rendered after a scroll at ${at((o) => o.scrolled)} ms`;
}
