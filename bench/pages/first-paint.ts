import { parseArticle } from '@shared/document/parse-article';
import type { Block } from '@shared/document/document-model';
import { defineBench, median, nextPaint, type BenchMeasure } from '../support/bench-page';
import { WRITTEN_FOR_BENCH } from '../support/peer-sources';

/** The app's first library document: the one the browser edition opens when nothing else is chosen. */
const ARTICLE = '/app/library/china-interests-kazakhstan-2022.ar.txt';
const APP = '/app/index.html';
/** The `elementtiming` identifier ArticleView puts on the article's first paragraph. */
const TIMED = 'article-first-paragraph';
const RUNS = 25;
const TIMEOUT_MS = 15_000;

/** Element Timing's entry; TypeScript's DOM library does not declare it yet. */
interface ElementTiming extends PerformanceEntry {
  identifier: string;
  renderTime: number;
}

interface Visit {
  /** Navigation start to the first paint of the article's first paragraph, in the frame's own timeline. */
  paint: number;
  contentful: number;
  /** When each resource the page needed had arrived, by a short name. */
  arrived: Record<string, number>;
}

defineBench(async () => {
  // Served over the same HTTP server as the app, so both pay the same price for the page itself.
  const staticUrl = '/scratch/static-article.html';
  await fetch(staticUrl, { method: 'PUT', body: await staticPage() });
  const app: Visit[] = [];
  const floor: Visit[] = [];
  // The first pair warms the caches and the database; after it the two pages alternate which goes first.
  for (let run = 0; run <= RUNS; run++) {
    const order = run % 2 === 0 ? [true, false] : [false, true];
    for (const isApp of order) {
      const visit = await visitFrame(isApp ? APP : staticUrl);
      if (run > 0) (isApp ? app : floor).push(visit);
    }
  }

  const measures: BenchMeasure[] = [
    {
      id: 'app',
      label: 'Hamish, the built browser edition',
      role: 'hamish',
      ms: median(app.map((visit) => visit.paint)),
      note: timeline(app),
    },
    {
      id: 'static',
      label: 'a static page with the same text and font',
      role: 'baseline',
      source: WRITTEN_FOR_BENCH,
      ms: median(floor.map((visit) => visit.paint)),
      note: timeline(floor),
    },
  ];
  return {
    groups: [
      {
        id: 'first-paint',
        name: 'first paint of the article',
        measures,
        comparisons: [{ subject: 'app', against: ['static'], kind: 'cost', target: 1.3 }],
        notes: [
          `navigation start to the Element Timing renderTime of the article's first paragraph, in each iframe's own timeline; median of ${RUNS} after a warm-up, the two pages alternating`,
          'hamish: the built browser edition at /app/ (its JS, CSS and library fetched over loopback HTTP; empty annotation database)',
          'static page: the same article text (parseArticle) as h1/h2/p with the app’s Noto Naskh Arabic @font-face rules, size and line height, served by the same HTTP server',
        ],
      },
    ],
  };
});

/** The floor: the seed article as plain HTML, styled like `.article` in app.css, with the app's own font files. */
async function staticPage(): Promise<string> {
  const appUrl = new URL(APP, location.href);
  const appHtml = await (await fetch(appUrl)).text();
  // The build inlines the app's stylesheet into index.html; its font URLs are relative to the page.
  const css = /<style>([\s\S]*?)<\/style>/.exec(appHtml)?.[1];
  if (!css) throw new Error('the built app holds no inline stylesheet: run `npm run build` first');
  // The page lives elsewhere than the app: the font files are named absolutely.
  const fontFaces = (css.match(/@font-face\s*\{[^}]*\}/g) ?? [])
    .filter((rule) => rule.includes('Noto Naskh Arabic'))
    .map((rule) =>
      rule.replace(
        /url\(\s*["']?([^"')]+)["']?\s*\)/g,
        (_, url: string) => `url("${new URL(url, appUrl).href}")`,
      ),
    );
  if (fontFaces.length === 0) throw new Error(`no Noto Naskh Arabic @font-face in ${appUrl.href}`);
  const { blocks } = parseArticle(await (await fetch(ARTICLE)).text());
  const firstParagraph = blocks.find((block) => block.kind === 'paragraph');
  const body = blocks.map((block) => blockHtml(block, block === firstParagraph)).join('\n');
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>static</title>
<style>
${fontFaces.join('\n')}
body { margin: 0; background: #fbf8f1; color: #1f1d1a; }
article { max-width: 40rem; margin: 0 auto; padding: 1.5rem; font-family: 'Noto Naskh Arabic', serif; font-size: 1.3rem; line-height: 2.05; }
h1 { font-size: 2.1rem; line-height: 1.6; margin: 0.5rem 0 0.25rem; font-weight: 700; }
h2 { font-size: 1.45rem; line-height: 1.7; margin: 2.2rem 0 0.6rem; font-weight: 700; }
p { margin: 0 0 1.15rem; }
</style>
</head>
<body><article>
${body}
</article></body>
</html>`;
}

function blockHtml(block: Block, timed: boolean): string {
  const tag = block.kind === 'title' ? 'h1' : block.kind === 'heading' ? 'h2' : 'p';
  const text = block.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<${tag}${timed ? ` elementtiming="${TIMED}"` : ''}>${text}</${tag}>`;
}

/** Loads `url` in a full-size iframe and reads, in the frame's own timeline, when the first paragraph was painted. */
async function visitFrame(url: string): Promise<Visit> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; inset: 0; width: 100vw; height: 100vh; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const view = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!view) throw new Error(`${url}: the frame has no window`);
  // Element Timing entries are buffered: an observer made after the paint still receives them.
  const paint = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${url}: no element timing for ${TIMED}`)), TIMEOUT_MS);
    const observer = new view.PerformanceObserver((list) => {
      const entry = (list.getEntries() as ElementTiming[]).find((e) => e.identifier === TIMED);
      if (!entry) return;
      clearTimeout(timer);
      observer.disconnect();
      resolve(entry.renderTime);
    });
    observer.observe({ type: 'element', buffered: true });
  });
  await view.document.fonts.ready;
  const contentful = view.performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
  const arrived: Record<string, number> = {};
  for (const entry of view.performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
    const name = resourceName(entry.name);
    if (name) arrived[name] = Math.max(arrived[name] ?? 0, entry.responseEnd);
  }
  frame.remove();
  await nextPaint();
  return { paint, contentful, arrived };
}

function resourceName(url: string): string | null {
  if (/\/assets\/index-[^/]+\.js$/.test(url)) return 'app JS';
  if (/\.ar\.txt$/.test(url)) return 'article text';
  if (/noto-naskh-arabic-arabic-400[^/]*\.woff2$/.test(url)) return 'Arabic 400 font';
  return null;
}

/** Medians of the first contentful paint and of each resource's arrival: where the time before the paint went. */
function timeline(visits: Visit[]): string {
  const names = [...new Set(visits.flatMap((visit) => Object.keys(visit.arrived)))];
  const parts = names.map((name) => {
    const times = visits.map((visit) => visit.arrived[name]).filter((t): t is number => t !== undefined);
    return `${name} in by ${median(times).toFixed(1)} ms`;
  });
  const contentful = median(visits.map((visit) => visit.contentful));
  return [`first contentful paint ${contentful.toFixed(1)} ms`, ...parts].join(', ');
}
