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
