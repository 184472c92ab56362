import seedRaw from '../../resources/library/china-interests-kazakhstan-2022.ar.txt?raw';
import { parseArticle } from '@shared/document/parse-article';
import { BLOCK_SEPARATOR, type BlockKind } from '@shared/document/document-model';
import { seededRandom } from './bench-page';

export interface BenchBlock {
  id: string;
  kind: BlockKind;
  text: string;
  start: number;
}

export interface BenchDocument {
  text: string;
  blocks: BenchBlock[];
}

/** Words swapped into the copies: each copy of the seed differs from the others here and there. */
const VARIANTS = [
  'الصين',
  'كازاخستان',
  'روسيا',
  'الطاقة',
  'بكين',
  'موسكو',
  'النفط',
  'الغاز',
  'الاستثمار',
  'المنطقة',
];

/**
 * The seed article repeated, with about one word in eight replaced, until `minLength` characters:
 * most short quotes recur in every copy, and only their context tells the copies apart.
 */
export function buildBenchDocument(minLength: number, seed = 2022): BenchDocument {
  const random = seededRandom(seed);
  const source = parseArticle(seedRaw).blocks;
  const blocks: BenchBlock[] = [];
  let start = 0;
  for (let copy = 0; start < minLength; copy++) {
    for (const block of source) {
      const words = block.text.split(' ');
      const text = words
        .map((word) => (random() < 0.125 ? VARIANTS[Math.floor(random() * VARIANTS.length)]! : word))
        .join(' ');
      blocks.push({ id: `${block.id}-${copy}`, kind: copy === 0 ? block.kind : 'paragraph', text, start });
      start += text.length + BLOCK_SEPARATOR.length;
    }
  }
  return { text: blocks.map((block) => block.text).join(BLOCK_SEPARATOR), blocks };
}

/** The article DOM as ArticleView renders it: one element per block, holding one text node. */
export function renderArticle(document: BenchDocument, parent: HTMLElement): HTMLElement {
  const article = parent.ownerDocument.createElement('article');
  article.setAttribute('data-reader-article', '');
  article.lang = 'ar';
  article.dir = 'rtl';
  for (const block of document.blocks) {
    const tag = block.kind === 'title' ? 'h1' : block.kind === 'heading' ? 'h2' : 'p';
    const element = parent.ownerDocument.createElement(tag);
    element.dataset.blockId = block.id;
    element.dataset.start = String(block.start);
    element.textContent = block.text;
    article.append(element);
  }
  parent.replaceChildren(article);
  return article;
}

/** Random spans inside blocks, trimmed of white space, `minLength` to `maxLength` characters long. */
export function randomSpans(
  document: BenchDocument,
  count: number,
  minLength: number,
  maxLength: number,
  seed = 7,
): { start: number; end: number; block: number }[] {
  const random = seededRandom(seed);
  const spans = [];
  while (spans.length < count) {
    const block = Math.floor(random() * document.blocks.length);
    const { text, start: blockStart } = document.blocks[block]!;
    if (text.length < minLength) continue;
    const length = minLength + Math.floor(random() * (Math.min(maxLength, text.length) - minLength + 1));
    let from = Math.floor(random() * (text.length - length + 1));
    let to = from + length;
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to - from < minLength) continue;
    spans.push({ start: blockStart + from, end: blockStart + to, block });
  }
  return spans;
}

/** A revised edition of a document, and where each offset of the old text now stands. */
export interface EditedDocument {
  document: BenchDocument;
  /** The new offset of an old offset that no edit touched. */
  moved: (offset: number) => number;
  /** How many places were edited inside the text (besides the new first paragraph). */
  edits: number;
}

/**
 * The document as a publisher might revise it: a new first paragraph, and a word inserted between every
 * two neighbouring `kept` stretches (annotations with their context) wherever a space lies between them.
 * Every old offset moves, and by a different amount on either side of each edit; the kept stretches stay
 * verbatim.
 */
export function editBenchDocument(
  document: BenchDocument,
  kept: readonly { start: number; end: number }[],
  seed = 1917,
): EditedDocument {
  const random = seededRandom(seed);
  const stretches = mergeStretches(kept);
  // One insertion point per gap between stretches (and before the first, after the last): a space in it.
  const points: number[] = [];
  let gapStart = 0;
  for (const stretch of [...stretches, { start: document.text.length, end: document.text.length }]) {
    const point = spaceBetween(document.text, gapStart, stretch.start);
    if (point !== null) points.push(point);
    gapStart = stretch.end;
  }
  const inserted = points.map(() => `${VARIANTS[Math.floor(random() * VARIANTS.length)]!} `);
  const lead = 'تحديث: أضيفت هذه الفقرة في طبعة لاحقة من المقال، بعد أن كتب القارئ ملاحظاته.';

  const blocks: BenchBlock[] = [];
  let start = 0;
  const push = (id: string, kind: BlockKind, text: string) => {
    blocks.push({ id, kind, text, start });
    start += text.length + BLOCK_SEPARATOR.length;
  };
  push('revision-note', 'paragraph', lead);
  let next = 0;
  for (const block of document.blocks) {
    let text = '';
    let from = block.start;
    while (next < points.length && points[next]! <= block.start + block.text.length) {
      text += document.text.slice(from, points[next]) + inserted[next];
      from = points[next]!;
      next++;
    }
    push(block.id, block.kind, text + document.text.slice(from, block.start + block.text.length));
  }
  const leadShift = lead.length + BLOCK_SEPARATOR.length;
  const shifts = prefixSums(inserted.map((word) => word.length));
  const moved = (offset: number) => {
    // Insertions at or before an offset push it along.
    let lo = 0;
    let hi = points.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (points[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return offset + leadShift + shifts[lo]!;
  };
  return {
    document: { text: blocks.map((block) => block.text).join(BLOCK_SEPARATOR), blocks },
    moved,
    edits: points.length,
  };
}

function mergeStretches(kept: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const sorted = [...kept].sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const { start, end } of sorted) {
    const last = merged.at(-1);
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

/** The offset just after a space strictly inside (from, to), nearest the middle; null if none. */
function spaceBetween(text: string, from: number, to: number): number | null {
  const middle = (from + to) >> 1;
  for (let step = 0; middle - step > from || middle + step < to; step++) {
    for (const at of [middle + step, middle - step]) {
      if (at > from && at + 1 < to && text[at] === ' ') return at + 1;
    }
  }
  return null;
}

/** sums[k] = values[0] + … + values[k - 1]. */
function prefixSums(values: readonly number[]): number[] {
  const sums = [0];
  for (const value of values) sums.push(sums.at(-1)! + value);
  return sums;
}
