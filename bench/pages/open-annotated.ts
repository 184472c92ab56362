import { createElement, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import naskh400 from '@fontsource/noto-naskh-arabic/arabic-400.css?inline';
import naskh700 from '@fontsource/noto-naskh-arabic/arabic-700.css?inline';
import plex400 from '@fontsource/ibm-plex-sans-arabic/arabic-400.css?inline';
import plex600 from '@fontsource/ibm-plex-sans-arabic/arabic-600.css?inline';
import appCss from '@renderer/styles/app.css?inline';
import highlightsCss from '@renderer/reader/highlights.css?inline';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '@shared/annotations/annotation-model';
import { summarize } from '@shared/document/library';
import type { ReaderPlatform } from '@shared/platform/platform-contract';
import { getDb } from '@renderer/storage/db';
import { readDocumentAnnotations, savePack } from '@renderer/storage/annotation-store';
import { I18nProvider } from '@renderer/i18n/I18nProvider';
import { PlatformProvider } from '@renderer/platform/PlatformProvider';
import { highlightName } from '@renderer/reader/highlight-painter';
import { ReaderScreen } from '@renderer/reader/ReaderScreen';
import { buildAnnotationWorkload } from '../support/annotation-workload';
import { defineBench, median, nextPaint, type BenchMeasure } from '../support/bench-page';

const COUNT = 10_000;
const RUNS = 9;
const TIMEOUT_MS = 60_000;
/** Quiet time between writing a case's records and opening the reader. */
const SETTLE_MS = 500;
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
  const style = document.createElement('style');
  // Vite emits plain CSS imports of a script entry to files no page links: the bench injects them itself.
  style.textContent = [naskh400, naskh700, plex400, plex600, appCss, highlightsCss].join('\n');
  document.head.append(style);
  const { document: article, annotations } = buildAnnotationWorkload(COUNT);
  const platform = benchPlatform(article);
  const db = getDb();

  const documentId = article.manifest.id;
  /**
   * `packed`: as a reader finds the document on coming back to it; the feed packs a document's
   * annotations once they have been quiet for 2 s (annotation-feed.ts), here done directly. Unpacked: the first
   * opening right after the records were written (say, by a restore).
   */
  const open = async (count: number, packed: boolean): Promise<Opening> => {
    await db.annotations.clear();
    await db.packs.clear();
    const stored = annotations.slice(0, count);
    if (count > 0) await db.annotations.bulkPut(stored);
    if (packed && !(await savePack(documentId, await readDocumentAnnotations(documentId)))) {
      throw new Error('the pack was not saved');
    }
    // The database's own work after a write (compaction) would fall on whichever case comes next.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    return openReader(platform, documentId, stored);
  };
  const cases = [
    { count: COUNT, packed: true, openings: [] as Opening[] },
    { count: 0, packed: false, openings: [] as Opening[] },
    { count: COUNT, packed: false, openings: [] as Opening[] },
  ];
  const [full, empty, unpacked] = cases as [(typeof cases)[0], (typeof cases)[0], (typeof cases)[0]];
  // A warm-up round loads fonts and compiles the code; then the cases take turns going first.
  for (let run = 0; run <= RUNS; run++) {
    for (let turn = 0; turn < cases.length; turn++) {
      const one = cases[(run + turn) % cases.length]!;
      const opening = await open(one.count, one.packed);
      if (run > 0) one.openings.push(opening);
    }
  }
  await db.annotations.clear();
  await db.packs.clear();

  const measures: BenchMeasure[] = [
    {
      label: `hamish ${COUNT.toLocaleString('en')} annotations`,
      ms: median(full.openings.map((o) => o.total)),
      note: steps(full.openings),
    },
    {
      label: 'no annotations',
      ms: median(empty.openings.map((o) => o.total)),
      baseline: true,
      note: steps(empty.openings),
    },
    {
      label: `${COUNT.toLocaleString('en')}, first opening after they were written (not packed yet)`,
      ms: median(unpacked.openings.map((o) => o.total)),
      note: steps(unpacked.openings),
    },
  ];
  const searches = full.openings.map((o) => o.search).filter((ms): ms is number => ms !== undefined);
  return {
    groups: [
      {
        name: `open a ${Math.round(article.text.length / 1000)}k-character document`,
        measures,
        maxRatio: 2,
        notes: [
          `mount of ReaderScreen (fake platform, Dexie 'hamish') to: the annotations painted (CSS highlights; the reader registers those within a view's length of the view, and every annotation in view is checked afterwards), the first margin card in the DOM and the margin re-rendering after a scroll; then two frames. Median of ${RUNS} after a warm-up, the cases taking turns`,
          `${COUNT.toLocaleString('en')} annotations of 5–120 characters at random places (many overlap), all colours, half with notes, half with a tag; put in IndexedDB before mounting. The target is for a reader coming back to the document (its annotations packed); the first opening right after a bulk write reads them record by record`,
          searches.length
            ? `typing "${SEARCH_LETTER}" in the margin search at ${COUNT.toLocaleString('en')}: ${median(searches).toFixed(1)} ms to the next paint (median of ${searches.length})`
            : `typing "${SEARCH_LETTER}" in the margin search changed nothing: not timed`,
        ],
      },
    ],
  };
});

/** A ReaderPlatform that holds one document in memory: the bench times the reader, not the network. */
function benchPlatform(article: ReturnType<typeof buildAnnotationWorkload>['document']): ReaderPlatform {
  const refuse = async (): Promise<never> => {
    throw new Error('not part of the bench');
  };
  return {
    kind: 'web',
    listDocuments: async () => [summarize(article.manifest)],
    loadDocument: async () => article,
    saveFile: async () => ({ status: 'cancelled' }),
    listBackups: async () => [],
    writeBackup: refuse,
    readBackup: refuse,
    setUiLanguage: async () => undefined,
    onOpenLink: () => () => undefined,
  };
}

async function openReader(
  platform: ReaderPlatform,
  documentId: string,
  stored: readonly Annotation[],
): Promise<Opening> {
  const count = stored.length;
  CSS.highlights.clear();
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await nextPaint();

  const started = performance.now();
  root.render(
    createElement(StrictMode, {
      children: createElement(PlatformProvider, {
        platform,
        children: createElement(I18nProvider, {
          children: createElement(ReaderScreen, { documentId, onLibrary: () => undefined, target: null }),
        }),
      }),
    }),
  );
  const since = (time: number) => time - started;
  let painted = 0;
  let carded = 0;
  await until(() => {
    const now = performance.now();
    // The painter registers synchronously: any range means it has painted.
    if (!painted && (count === 0 || paintedRanges() > 0)) painted = now;
    if (!carded && container.querySelector(count > 0 ? '.annotation-card' : '.margin-empty')) carded = now;
    return painted > 0 && carded > 0;
  });
  if (count > 0) await scrollMargin(container);
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
  if (count > 0) opening.search = await typeSearch(container);
  root.unmount();
  container.remove();
  CSS.highlights.clear();
  await nextPaint();
  return opening;
}

/** Ranges in the colour highlights: one per annotation, one per block for an annotation across blocks. */
function paintedRanges(): number {
  return HIGHLIGHT_COLORS.reduce(
    (sum, color) => sum + (CSS.highlights.get(highlightName(color))?.size ?? 0),
    0,
  );
}

/**
 * Ids of the annotations that begin in the article's visible part but whose first character there is in
 * no registered range of their colour. (The reader registers the annotations near the view, not all.)
 */
function unpaintedInView(container: HTMLElement, stored: readonly Annotation[]): string[] {
  const inView = [...container.querySelectorAll<HTMLElement>('article [data-start]')]
    .filter((element) => {
      const box = element.getBoundingClientRect();
      return box.bottom >= 0 && box.top <= innerHeight;
    })
    .map((element) => ({
      start: Number(element.dataset.start),
      end: Number(element.dataset.start) + (element.textContent ?? '').length,
    }));
  const shown = (offset: number) => inView.some((block) => offset >= block.start && offset < block.end);
  const covered = (color: HighlightColor, offset: number) =>
    [...(CSS.highlights.get(highlightName(color)) ?? [])].some((range) => {
      const start = Number(range.startContainer.parentElement?.dataset.start);
      return offset >= start + range.startOffset && offset < start + range.endOffset;
    });
  const missing: string[] = [];
  for (const annotation of stored) {
    const { start, end } = annotation.target.selector[1];
    let offset = start;
    while (offset < end && !shown(offset)) offset += 1;
    if (offset < end && !covered(annotation.color, offset)) missing.push(annotation.id);
  }
  if (inView.length === 0 || (stored.length > 0 && !stored.some((a) => shown(a.target.selector[1].start)))) {
    throw new Error('nothing annotated is in view: the check would prove nothing');
  }
  return missing;
}

/** Scrolls the virtual list well past its first screen and waits until React has rendered the rows there. */
async function scrollMargin(container: HTMLElement): Promise<void> {
  const scroller = container.querySelector<HTMLElement>('.margin-scroll');
  if (!scroller) throw new Error('no .margin-scroll');
  const first = Number(container.querySelector<HTMLElement>('.margin-row')?.dataset.index ?? 0);
  scroller.scrollTop = 3_000;
  await until(() => {
    const rows = [...container.querySelectorAll<HTMLElement>('.margin-row')];
    return rows.some((row) => Number(row.dataset.index) > first + 12);
  });
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
  const changed = await until(() => list.style.height !== height, 5_000);
  await nextPaint();
  return changed ? performance.now() - started : undefined;
}

/** Checks `done` once per frame; false when `timeout` passed first (the default timeout throws instead). */
async function until(done: () => boolean, timeout?: number): Promise<boolean> {
  const started = performance.now();
  while (!done()) {
    if (performance.now() - started > (timeout ?? TIMEOUT_MS)) {
      if (timeout !== undefined) return false;
      throw new Error('the reader did not finish opening in time');
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  return true;
}

/** Medians of when the highlights were painted, the first card appeared and the margin answered a scroll. */
function steps(openings: Opening[]): string {
  const at = (pick: (o: Opening) => number) => median(openings.map(pick)).toFixed(0);
  return `all painted at ${at((o) => o.painted)} ms, first card at ${at((o) => o.carded)} ms, margin re-rendered after a scroll at ${at((o) => o.scrolled)} ms`;
}
