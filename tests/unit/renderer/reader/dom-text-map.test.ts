// @vitest-environment jsdom
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { createTextMap, type TextMap } from '@renderer/reader/dom-text-map';
import { CHUNK_CLASS } from '@shared/document/article-chunks';
import { BLOCK_SEPARATOR } from '@shared/document/document-model';
import { maskDiacritics, withoutHiddenMarks } from '@renderer/settings/diacritics';

const BLOCKS = ['ما هي مصالح الصين؟', 'هنأ الزعيم الصيني نظيره.', 'Cameco وKazatomprom في كازاخستان.'];
const TEXT = BLOCKS.join(BLOCK_SEPARATOR);
const BYLINE = 'مجلة أمناي';

let article: HTMLElement;
let map: TextMap;

/** The article as ArticleView renders it: blocks with data-start, plus a byline that is not text of the document. */
function renderArticle(): HTMLElement {
  const element = document.createElement('article');
  element.setAttribute('data-reader-article', '');
  let start = 0;
  BLOCKS.forEach((text, i) => {
    const block = document.createElement(i === 0 ? 'h1' : 'p');
    block.dataset.blockId = `b${i}`;
    block.dataset.start = String(start);
    block.textContent = text;
    element.append(block);
    if (i === 0) {
      const byline = document.createElement('p');
      byline.className = 'byline';
      byline.innerHTML = `<span>${BYLINE}</span>`;
      element.append(byline);
    }
    start += text.length + BLOCK_SEPARATOR.length;
  });
  document.body.replaceChildren(element);
  return element;
}

/** What the DOM shows of TEXT[start, end): the block text without the separators. */
function inBlocks(start: number, end: number): string {
  let shown = '';
  let blockStart = 0;
  for (const text of BLOCKS) {
    shown += text.slice(Math.max(0, start - blockStart), Math.max(0, end - blockStart));
    blockStart += text.length + BLOCK_SEPARATOR.length;
  }
  return shown;
}

function block(i: number): Element {
  return article.querySelector(`[data-block-id="b${i}"]`)!;
}

function textOf(i: number): Text {
  return block(i).firstChild as Text;
}

function rangeBetween(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const range = document.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}

beforeEach(() => {
  article = renderArticle();
  map = createTextMap(article);
});

describe('createTextMap', () => {
  it('knows the length of the canonical text', () => {
    expect(map.length).toBe(TEXT.length);
  });

  it('turns any span of the canonical text into a Range holding that text, and back', () => {
    fc.assert(
      fc.property(fc.nat(TEXT.length), fc.nat(TEXT.length), (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const range = map.rangeFor(start, end);
        const expected = inBlocks(start, end);
        if (expected.trim() === '') return;
        expect(range!.toString().replace(BYLINE, '')).toBe(expected);
        const trimmed = TEXT.slice(start, end);
        const lead = trimmed.length - trimmed.trimStart().length;
        const trail = trimmed.length - trimmed.trimEnd().length;
        expect(map.offsetsFor(range!)).toEqual({ start: start + lead, end: end - trail });
      }),
    );
  });

  it('gives a StaticRange over the same text', () => {
    const start = TEXT.indexOf('Cameco');
    expect(map.staticRangesFor(start, start + 6)).toEqual([
      expect.objectContaining({
        startContainer: textOf(2),
        startOffset: 0,
        endContainer: textOf(2),
        endOffset: 6,
      }),
    ]);
  });

  it('splits a span across blocks into one StaticRange per block, skipping what lies between', () => {
    const start = TEXT.indexOf('Cameco');
    const ranges = map.staticRangesFor(start - 5, start + 6);
    expect(ranges).toHaveLength(2);
    expect(ranges.map((range) => range.startContainer)).toEqual([textOf(1), textOf(2)]);
    expect(ranges[0]).toMatchObject({ endOffset: textOf(1).length });
    expect(ranges[1]).toMatchObject({ startOffset: 0, endOffset: 6 });
    expect(map.staticRangesFor(start, start)).toEqual([]);
  });

  it('keeps a span that ends at a block start inside the previous block', () => {
    const range = map.rangeFor(0, TEXT.indexOf(BLOCKS[1]!))!;
    expect(range.endContainer).toBe(textOf(0));
    expect(range.endOffset).toBe(BLOCKS[0]!.length);
  });

  it.each([
    [-10, 0],
    [BLOCKS[0]!.length, BLOCKS[0]!.length + 2],
    [TEXT.length, TEXT.length + 5],
    [5, 5],
  ])('has no range for the empty or separator-only span [%i, %i)', (start, end) => {
    expect(map.rangeFor(start, end)).toBeNull();
  });

  it('maps a triple-click selection that ends at the next block to the whole block', () => {
    const selection = rangeBetween(textOf(1), 0, block(2), 0);
    const start = TEXT.indexOf(BLOCKS[1]!);
    expect(map.offsetsFor(selection)).toEqual({ start, end: start + BLOCKS[1]!.length });
  });

  it('clamps selections that start or end on elements, the byline or the article itself', () => {
    expect(map.offsetsFor(rangeBetween(article, 0, article, article.childNodes.length))).toEqual({
      start: 0,
      end: TEXT.length,
    });
    const byline = article.querySelector('.byline span')!.firstChild!;
    expect(map.offsetsFor(rangeBetween(byline, 2, textOf(1), 3))).toEqual({
      start: TEXT.indexOf(BLOCKS[1]!),
      end: TEXT.indexOf(BLOCKS[1]!) + 3,
    });
    expect(map.offsetsFor(rangeBetween(textOf(0), 4, byline, 1))).toEqual({
      start: 4,
      end: BLOCKS[0]!.length,
    });
    expect(map.offsetsFor(rangeBetween(document.body, 0, block(1), 1))).toEqual({
      start: 0,
      end: TEXT.indexOf(BLOCKS[1]!) + BLOCKS[1]!.length,
    });
  });

  it('returns null for selections of white space or of the byline alone', () => {
    const space = TEXT.indexOf(' ');
    expect(map.offsetsFor(rangeBetween(textOf(0), space, textOf(0), space + 1))).toBeNull();
    expect(map.offsetsFor(rangeBetween(textOf(0), BLOCKS[0]!.length, block(1), 0))).toBeNull();
    const byline = article.querySelector('.byline span')!.firstChild!;
    expect(map.offsetsFor(rangeBetween(byline, 0, byline, 3))).toBeNull();
  });

  it('gives the offset of a caret inside the article and null outside it', () => {
    expect(map.offsetAt(textOf(2), 3)).toBe(TEXT.indexOf(BLOCKS[2]!) + 3);
    expect(map.offsetAt(block(1), 0)).toBe(TEXT.indexOf(BLOCKS[1]!));
    expect(map.offsetAt(document.body, 0)).toBeNull();
  });

  it('finds the text of the blocks a band of the viewport meets, from their boxes', () => {
    // Fake layout: each block 100px tall, stacked from y = -50 (the first is half scrolled away).
    const blocks = [...article.querySelectorAll<HTMLElement>('[data-start]')];
    blocks.forEach((block, index) => {
      const top = -50 + index * 100;
      block.getBoundingClientRect = () => ({ top, bottom: top + 100 }) as DOMRect;
    });
    const start = (index: number) => TEXT.indexOf(BLOCKS[index]!);
    const end = (index: number) => start(index) + BLOCKS[index]!.length;
    expect(map.textBetween(0, 40)).toEqual({ start: 0, end: end(0) });
    expect(map.textBetween(0, 60)).toEqual({ start: 0, end: end(1) });
    expect(map.textBetween(60, 400)).toEqual({ start: start(1), end: TEXT.length });
    expect(map.textBetween(160, 170)).toEqual({ start: start(2), end: end(2) });
    expect(map.textBetween(300, 800)).toBeNull();
    expect(map.textBetween(-500, -60)).toBeNull();
  });
});

describe('createTextMap over a chunked article', () => {
  /** Ten blocks in chunks of two, each block 100px tall, stacked from y = 0. */
  const CHUNKS = 5;
  const PER_CHUNK = 2;
  const TEXT_OF = (index: number) => `الكتلة رقم ${index} من المقال.`;
  const HEIGHT = 100;

  /** The chunked article; a block in a chunk the browser would skip throws when its box is read. */
  function renderChunked(skipped: (chunk: number) => boolean): { map: TextMap; starts: number[] } {
    const element = document.createElement('article');
    const starts: number[] = [];
    let start = 0;
    for (let c = 0; c < CHUNKS; c++) {
      const chunk = document.createElement('div');
      chunk.className = CHUNK_CLASS;
      const top = c * PER_CHUNK * HEIGHT;
      chunk.getBoundingClientRect = () => ({ top, bottom: top + PER_CHUNK * HEIGHT }) as DOMRect;
      for (let b = 0; b < PER_CHUNK; b++) {
        const index = c * PER_CHUNK + b;
        const block = document.createElement('p');
        block.dataset.start = String(start);
        block.textContent = TEXT_OF(index);
        const blockTop = index * HEIGHT;
        block.getBoundingClientRect = () => {
          if (skipped(c)) throw new Error(`laid out the skipped chunk ${c}`);
          return { top: blockTop, bottom: blockTop + HEIGHT } as DOMRect;
        };
        chunk.append(block);
        starts.push(start);
        start += TEXT_OF(index).length + BLOCK_SEPARATOR.length;
      }
      element.append(chunk);
    }
    document.body.replaceChildren(element);
    return { map: createTextMap(element), starts };
  }

  it.each([
    ['the top of the first block', 0, 50, 0, 0],
    ['a band across two chunks', 150, 250, 1, 2],
    ['the third chunk', 420, 580, 4, 5],
    ['the last chunk and what is below it', 850, 2000, 8, 9],
  ])(
    'finds %s (%i to %i px) reading only the boxes of chunks the band meets',
    (_, top, bottom, first, last) => {
      const meets = (chunk: number) =>
        chunk * PER_CHUNK * HEIGHT <= bottom && (chunk + 1) * PER_CHUNK * HEIGHT >= top;
      const { map, starts } = renderChunked((chunk) => !meets(chunk));
      expect(map.textBetween(top, bottom)).toEqual({
        start: starts[first],
        end: starts[last]! + TEXT_OF(last).length,
      });
    },
  );

  it('finds nothing in a band below every chunk without laying one out', () => {
    const { map } = renderChunked(() => true);
    expect(map.textBetween(1200, 1500)).toBeNull();
  });
});

describe('createTextMap with the harakat hidden', () => {
  const VOCALIZED = ['وَقَّعَتِ الصِّينُ اتِّفَاقًا', 'مَعَ كازاخستانَ لِشِرَاءِ اليُورانيُومِ.'];
  const CANONICAL = VOCALIZED.join(BLOCK_SEPARATOR);
  /** What the blocks show of a canonical span: the separators' new lines are not in any block. */
  const shownOf = (text: string) => text.replace(/\n/g, '');

  /** The vocalized blocks as ArticleView renders them; `hide` masks their text in place as React does. */
  function renderVocalized(): { element: HTMLElement; nodes: Text[]; hide: () => void } {
    const element = document.createElement('article');
    let start = 0;
    for (const [i, text] of VOCALIZED.entries()) {
      const paragraph = document.createElement('p');
      paragraph.dataset.blockId = `v${i}`;
      paragraph.dataset.start = String(start);
      paragraph.textContent = text;
      element.append(paragraph);
      start += text.length + BLOCK_SEPARATOR.length;
    }
    document.body.replaceChildren(element);
    const nodes = [...element.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const hide = () => {
      for (const node of nodes) node.nodeValue = maskDiacritics(node.data);
    };
    return { element, nodes, hide };
  }

  it('turns a selection into the same canonical offsets whether the marks show or not', () => {
    fc.assert(
      fc.property(fc.nat(VOCALIZED[0]!.length), fc.nat(VOCALIZED[1]!.length), (startOffset, endOffset) => {
        const { element, nodes, hide } = renderVocalized();
        const select = () => rangeBetween(nodes[0]!, startOffset, nodes[1]!, endOffset);
        const shown = createTextMap(element).offsetsFor(select());
        hide();
        expect(nodes[0]!.data).not.toBe(VOCALIZED[0]);
        const hidden = createTextMap(element);
        expect(hidden.length).toBe(CANONICAL.length);
        expect(hidden.offsetsFor(select())).toEqual(shown);
        if (shown === null) return;
        // What the reader sees selected is the canonical quote without its marks.
        expect(withoutHiddenMarks(hidden.rangeFor(shown.start, shown.end)!.toString())).toBe(
          shownOf(withoutHiddenMarks(maskDiacritics(CANONICAL.slice(shown.start, shown.end)))),
        );
      }),
    );
  });

  it('paints every canonical span on the same characters whether the marks show or not', () => {
    fc.assert(
      fc.property(fc.nat(CANONICAL.length), fc.nat(CANONICAL.length), (a, b) => {
        const [start, end] = a <= b ? [a, b] : [b, a];
        const { element, hide } = renderVocalized();
        const where = (map: TextMap) =>
          map
            .staticRangesFor(start, end)
            .map((range) => [range.startContainer, range.startOffset, range.endOffset]);
        const shown = where(createTextMap(element));
        hide();
        const hidden = createTextMap(element);
        expect(where(hidden)).toEqual(shown);
        const painted = hidden
          .staticRangesFor(start, end)
          .map((range) => (range.startContainer as Text).data.slice(range.startOffset, range.endOffset))
          .join('');
        expect(painted).toBe(shownOf(maskDiacritics(CANONICAL.slice(start, end))));
      }),
    );
  });
});
