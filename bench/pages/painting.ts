import { HIGHLIGHT_COLORS } from '@shared/annotations/annotation-model';
import { createHighlightPainter, highlightName, type PaintItem } from '@renderer/reader/highlight-painter';
import { createTextMap, type TextMap } from '@renderer/reader/dom-text-map';
import highlightsCss from '@renderer/reader/highlights.css?inline';
import { buildBenchDocument, renderArticle, type BenchDocument } from '../support/bench-document';
import {
  afterNextFrame,
  count,
  defineCaseBench,
  median,
  nextPaint,
  rotatedOrder,
  seededRandom,
  type BenchGroup,
  type BenchMeasure,
} from '../support/bench-page';
import { WRITTEN_FOR_BENCH } from '../support/peer-sources';

const DOCUMENT_LENGTH = 400_000;
const COUNTS = [1_000, 10_000];
const ROUNDS = 2;
const METHODS = ['hamish', 'hamish-view', 'hypothesis', 'one-pass'] as const;
type Method = (typeof METHODS)[number];

interface PaintRun {
  ms: number;
  correct: number;
  checked: number;
}

/** Both wrappings colour their elements the way the painter colours its highlights. */
const WRAP_CSS = HIGHLIGHT_COLORS.map(
  (color) => `mark.hl-${color} { background-color: var(--hl-${color}); color: inherit; }`,
).join('\n');
const PAGE_CSS = `${highlightsCss}\n${WRAP_CSS}\n:root { --hl-yellow: rgb(250 204 21 / 0.4); --hl-green: rgb(74 222 128 / 0.35); --hl-blue: rgb(96 165 250 / 0.35); --hl-pink: rgb(244 114 182 / 0.35); --hl-purple: rgb(167 139 250 / 0.38); }\nbody { font: 18px/1.9 serif; margin: 2rem; }`;

const LABELS: Record<Method, string> = {
  hamish: 'Hamish: CSS highlights, all registered',
  'hamish-view': 'Hamish as the reader runs it: only those within a view of the view registered',
  hypothesis: "Hypothesis's method: a live Range per highlight, text nodes split and wrapped",
  'one-pass': 'strongest wrapping: static offsets, one pass over the paragraphs, no Range',
};

const SOURCES: Partial<Record<Method, string>> = {
  hypothesis: `${WRITTEN_FOR_BENCH}, after hypothesis/client src/annotator/highlighter.ts (highlightRange)`,
  'one-pass': WRITTEN_FOR_BENCH,
};

defineCaseBench<PaintRun>({
  cases: () =>
    COUNTS.flatMap((n) => rotatedOrder(METHODS, ROUNDS).map((method, turn) => `${n}:${method}:${turn}`)),
  runCase: async (id) => {
    const [n, method] = id.split(':') as [string, Method];
    return paintOnce(Number(n), method);
  },
  summarize: (runs) => {
    const groups: BenchGroup[] = COUNTS.map((n) => {
      const of = (method: Method) => runs.filter((run) => run.id.startsWith(`${n}:${method}:`));
      const measure = (method: Method): BenchMeasure => {
        const mine = of(method).map((run) => run.value);
        const last = mine.at(-1)!;
        return {
          id: method,
          label: LABELS[method],
          role: method.startsWith('hamish') ? 'hamish' : 'peer',
          ...(method.startsWith('hamish') ? {} : { source: SOURCES[method] }),
          ms: median(mine.map((run) => run.ms)),
          correct: Math.min(...mine.map((run) => run.correct)),
          checked: last.checked,
          mustBeCorrect: true,
          note: `runs: ${mine.map((run) => run.ms.toFixed(0)).join(', ')} ms`,
        };
      };
      const target = n === 10_000;
      return {
        id: `painting-${n}`,
        name: `painting ${count(n)} highlights`,
        measures: METHODS.map(measure),
        comparisons: [
          { subject: 'hamish', against: ['hypothesis'], kind: 'faster', ...(target ? { target: 15 } : {}) },
          { subject: 'hamish', against: ['one-pass'], kind: 'faster', ...(target ? { target: 3 } : {}) },
          { subject: 'hamish-view', against: ['one-pass'], kind: 'faster' },
        ],
        notes: [
          `${count(n)} highlights of 8–30 characters spread evenly through ${count(DOCUMENT_LENGTH)} characters (2,548 paragraphs), in every colour; the clock runs from the call until the main thread has produced the next frame (a task posted from that frame's animation callback), so the layout and paint the change causes are inside it`,
          `every run in a fresh page on a freshly rendered article; ${ROUNDS} rounds, each starting with a different method; medians`,
          'checked after the clock: each method shows exactly the expected stretches in the expected colours; Hamish leaves the article DOM untouched (no mutation observed, same markup), or the run fails',
          "Hamish, as the reader runs it, registers the highlights within one view's length of the view and follows scrolling (src/renderer/src/reader/useHighlightPainting.ts); it is checked for every highlight in view",
        ],
      };
    });
    return { groups };
  },
});

async function paintOnce(n: number, method: Method): Promise<PaintRun> {
  const style = document.createElement('style');
  style.textContent = PAGE_CSS;
  document.head.append(style);
  const doc = buildBenchDocument(DOCUMENT_LENGTH);
  const items = spreadItems(doc, n);
  const article = renderArticle(doc, document.body);
  await nextPaint();
  const markup = article.innerHTML;
  let mutated = 0;
  const mutations = new MutationObserver((records) => (mutated += records.length));
  mutations.observe(article, { subtree: true, childList: true, characterData: true, attributes: true });

  const started = performance.now();
  let textMap: TextMap | null = null;
  if (method === 'hamish' || method === 'hamish-view') {
    textMap = createTextMap(article);
    const painter = createHighlightPainter(textMap);
    if (method === 'hamish-view') painter.showAround(textMap.textBetween(0, innerHeight)!);
    painter.paint(items);
  } else if (method === 'hypothesis') {
    wrapLikeHypothesis(createTextMap(article), items);
  } else {
    wrapInOnePass(article, items);
  }
  const { done } = await afterNextFrame();
  const ms = done - started;

  mutated += mutations.takeRecords().length;
  const changed = mutated > 0 || article.innerHTML !== markup;
  mutations.disconnect();
  if (textMap) {
    if (changed) throw new Error(`${method} changed the article's DOM`);
    const wanted = method === 'hamish' ? items : itemsInView(textMap, items);
    return { ms, ...checkRegistered(wanted), checked: wanted.length };
  }
  return { ms, correct: checkWrapped(article, doc, items), checked: items.length };
}

/** Non-overlapping highlights of 8–30 characters spread evenly through the document's text, in every colour. */
function spreadItems(doc: BenchDocument, n: number): PaintItem[] {
  const random = seededRandom(n);
  const total = doc.blocks.reduce((sum, block) => sum + block.text.length, 0);
  const items: PaintItem[] = [];
  let covered = 0;
  for (const block of doc.blocks) {
    // Each block gets its share of the count by length; rounding the running total keeps the sum exact.
    const due = Math.round(((covered + block.text.length) * n) / total) - items.length;
    covered += block.text.length;
    const slot = Math.floor(block.text.length / Math.max(1, due));
    for (let k = 0; k < due; k++) {
      const length = Math.min(slot - 1, 8 + Math.floor(random() * 23));
      const start = block.start + k * slot + Math.floor(random() * (slot - length));
      const color = HIGHLIGHT_COLORS[items.length % HIGHLIGHT_COLORS.length]!;
      items.push({ id: `h${items.length}`, start, end: start + length, color });
    }
  }
  return items;
}

/**
 * Hypothesis's highlighter (client src/annotator/highlighter.ts, highlightRange): anchoring hands it a
 * live Range per annotation, all alive at once; each is highlighted by splitting the text nodes at its
 * ends, collecting the text nodes inside it with a NodeIterator and wrapping each run of them in an element.
 */
function wrapLikeHypothesis(map: TextMap, items: readonly PaintItem[]): void {
  const anchors = items.map((item) => ({ range: map.rangeFor(item.start, item.end)!, color: item.color }));
  for (const { range, color } of anchors) highlightRange(range, `hl-${color}`);
}

function highlightRange(range: Range, className: string): void {
  const runs: Text[][] = [];
  let previous: Node | null = null;
  for (const node of wholeTextNodesInRange(range)) {
    if (previous && previous.nextSibling === node) runs.at(-1)!.push(node);
    else runs.push([node]);
    previous = node;
  }
  for (const nodes of runs.filter((run) => run.some((node) => !/^\s*$/.test(node.data)))) {
    const element = document.createElement('mark');
    element.className = className;
    nodes[0]!.parentNode!.replaceChild(element, nodes[0]!);
    for (const node of nodes) element.appendChild(node);
  }
}

function wholeTextNodesInRange(range: Range): Text[] {
  if (range.collapsed) return [];
  let root: Node | null = range.commonAncestorContainer;
  if (root.nodeType !== Node.ELEMENT_NODE) root = root.parentElement;
  if (!root) return [];
  const nodes: Text[] = [];
  const iterator = document.createNodeIterator(root, NodeFilter.SHOW_TEXT);
  for (let node = iterator.nextNode() as Text | null; node; node = iterator.nextNode() as Text | null) {
    if (!(range.comparePoint(node, 0) <= 0 && range.comparePoint(node, node.length) >= 0)) continue;
    if (node === range.startContainer && range.startOffset > 0) {
      node.splitText(range.startOffset);
      continue;
    }
    if (node === range.endContainer && range.endOffset < node.length) node.splitText(range.endOffset);
    nodes.push(node);
  }
  return nodes;
}

/**
 * The fastest wrapping we could write: highlights sorted by offset, one walk over the paragraphs, each
 * paragraph holding highlights rebuilt once as a fragment of text and elements; no Range at all.
 */
function wrapInOnePass(article: HTMLElement, items: readonly PaintItem[]): void {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  let next = 0;
  for (const element of article.querySelectorAll<HTMLElement>('[data-start]')) {
    const node = element.firstChild as Text;
    const blockStart = Number(element.dataset.start);
    const blockEnd = blockStart + node.length;
    if (next >= sorted.length || sorted[next]!.start >= blockEnd) continue;
    const text = node.data;
    const fragment = document.createDocumentFragment();
    let at = blockStart;
    while (next < sorted.length && sorted[next]!.start < blockEnd) {
      const item = sorted[next++]!;
      if (item.start > at) fragment.append(text.slice(at - blockStart, item.start - blockStart));
      const mark = document.createElement('mark');
      mark.className = `hl-${item.color}`;
      mark.textContent = text.slice(item.start - blockStart, item.end - blockStart);
      fragment.append(mark);
      at = item.end;
    }
    if (at < blockEnd) fragment.append(text.slice(at - blockStart));
    node.replaceWith(fragment);
  }
}

/** Highlights registered with exactly their stretch and colour, out of `wanted` (each within one paragraph). */
function checkRegistered(wanted: readonly PaintItem[]): { correct: number } {
  const registered = new Set<string>();
  for (const color of HIGHLIGHT_COLORS) {
    for (const range of CSS.highlights.get(highlightName(color)) ?? []) {
      const start = Number(range.startContainer.parentElement?.dataset.start);
      registered.add(`${color}:${start + range.startOffset}:${start + range.endOffset}`);
    }
  }
  return {
    correct: wanted.filter((item) => registered.has(`${item.color}:${item.start}:${item.end}`)).length,
  };
}

function itemsInView(map: TextMap, items: readonly PaintItem[]): PaintItem[] {
  const view = map.textBetween(0, innerHeight);
  if (!view) throw new Error('nothing of the article is in view');
  const shown = items.filter((item) => item.end > view.start && item.start < view.end);
  if (shown.length === 0) throw new Error('no highlight in view: the check would prove nothing');
  return shown;
}

/** Wrapped elements showing exactly the expected text in the expected colour, in order; the text unchanged. */
function checkWrapped(article: HTMLElement, doc: BenchDocument, items: readonly PaintItem[]): number {
  if (article.textContent !== doc.blocks.map((block) => block.text).join('')) return 0;
  const marks = [...article.querySelectorAll('mark')];
  const sorted = [...items].sort((a, b) => a.start - b.start);
  return sorted.filter(
    (item, index) =>
      marks[index]?.className === `hl-${item.color}` &&
      marks[index]?.textContent === doc.text.slice(item.start, item.end),
  ).length;
}
