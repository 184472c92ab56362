import { HIGHLIGHT_COLORS } from '@shared/annotations/annotation-model';
import { createHighlightPainter, type PaintItem } from '@renderer/reader/highlight-painter';
import { createTextMap } from '@renderer/reader/dom-text-map';
import highlightsCss from '@renderer/reader/highlights.css?inline';
import { buildBenchDocument, renderArticle, type BenchDocument } from '../support/bench-document';
import { defineBench, median, nextPaint, seededRandom, type BenchGroup } from '../support/bench-page';

const DOCUMENT_LENGTH = 400_000;
const RUNS = 3;

/** The way Hypothesis's highlighter marks text: split the text node at the range and wrap the middle. */
const WRAP_CSS = HIGHLIGHT_COLORS.map(
  (color) => `mark.hl-${color} { background-color: var(--hl-${color}); color: inherit; }`,
).join('\n');

defineBench(async () => {
  const style = document.createElement('style');
  style.textContent = `${highlightsCss}\n${WRAP_CSS}\n:root { --hl-yellow: rgb(250 204 21 / 0.4); --hl-green: rgb(74 222 128 / 0.35); --hl-blue: rgb(96 165 250 / 0.35); --hl-pink: rgb(244 114 182 / 0.35); --hl-purple: rgb(167 139 250 / 0.38); }\nbody { font: 18px/1.9 serif; margin: 2rem; }`;
  document.head.append(style);
  const doc = buildBenchDocument(DOCUMENT_LENGTH);
  const groups: BenchGroup[] = [];
  for (const count of [1_000, 10_000]) {
    const items = spreadItems(doc, count);
    const painter: number[] = [];
    const wrapping: number[] = [];
    let painted = 0;
    let wrapped = 0;
    for (let run = 0; run < RUNS; run++) {
      painter.push(await timePainter(doc, items));
      painted = [...CSS.highlights.values()].reduce((sum, highlight) => sum + highlight.size, 0);
      wrapping.push(await timeWrapping(doc, items));
      wrapped = document.querySelectorAll('article mark').length;
    }
    groups.push({
      name: `painting ${count.toLocaleString('en')}`,
      target: count === 10_000 ? 15 : undefined,
      measures: [
        { label: 'css highlights', ms: median(painter), correct: painted, checked: count },
        { label: 'wrap in <mark>', ms: median(wrapping), peer: true, correct: wrapped, checked: count },
      ],
      notes: [
        `${count.toLocaleString('en')} highlights over ${doc.text.length.toLocaleString('en')} characters, until two frames after painting; median of ${RUNS}`,
      ],
    });
  }
  return { groups };
});

/** Non-overlapping highlights of 8–30 characters spread evenly through the document's text, in every colour. */
function spreadItems(doc: BenchDocument, count: number): PaintItem[] {
  const random = seededRandom(count);
  const total = doc.blocks.reduce((sum, block) => sum + block.text.length, 0);
  const items: PaintItem[] = [];
  let covered = 0;
  for (const block of doc.blocks) {
    // Each block gets its share of the count by length; rounding the running total keeps the sum exact.
    const due = Math.round(((covered + block.text.length) * count) / total) - items.length;
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

async function freshArticle(doc: BenchDocument): Promise<HTMLElement> {
  CSS.highlights.clear();
  const article = renderArticle(doc, document.body);
  await nextPaint();
  return article;
}

async function timePainter(doc: BenchDocument, items: PaintItem[]): Promise<number> {
  const article = await freshArticle(doc);
  const started = performance.now();
  createHighlightPainter(createTextMap(article)).paint(items);
  await nextPaint();
  return performance.now() - started;
}

async function timeWrapping(doc: BenchDocument, items: PaintItem[]): Promise<number> {
  const article = await freshArticle(doc);
  const started = performance.now();
  const map = createTextMap(article);
  // Last first: splitting a text node leaves its head in place, so earlier offsets stay valid.
  for (const item of [...items].sort((a, b) => b.start - a.start)) {
    const range = map.rangeFor(item.start, item.end);
    if (range === null) continue;
    const head = range.startContainer as Text;
    const middle = head.splitText(range.startOffset);
    middle.splitText(item.end - item.start);
    const mark = document.createElement('mark');
    mark.className = `hl-${item.color}`;
    middle.replaceWith(mark);
    mark.append(middle);
  }
  await nextPaint();
  return performance.now() - started;
}
