import { CHUNK_CLASS } from '@shared/document/article-chunks';

/**
 * Maps canonical-text offsets to DOM positions and back for the article view, whose blocks
 * (`[data-start]`) each hold one text node equal to the block's text; the separators between blocks
 * are in the canonical text only.
 */
export interface TextOffsets {
  start: number;
  end: number;
}

export interface TextMap {
  /** Length of the canonical text the blocks cover. */
  readonly length: number;
  rangeFor(start: number, end: number): Range | null;
  /**
   * One StaticRange per block the span touches (none for an empty span): painting block by block never
   * colours what sits between blocks, such as the byline, and StaticRanges cost later DOM changes nothing.
   */
  staticRangesFor(start: number, end: number): StaticRange[];
  /** Canonical offsets of a selection, clamped to block text and trimmed of white space; null if nothing is left. */
  offsetsFor(range: AbstractRange): TextOffsets | null;
  /** Canonical offset of a DOM position inside the article (e.g. a caret), or null outside it. */
  offsetAt(node: Node, offset: number): number | null;
  /**
   * The text of the blocks whose boxes meet the band from `top` to `bottom` (client coordinates, e.g. the
   * viewport), found in a few box reads; null when no block does. A block in a chunk the band misses is
   * answered for by the chunk's box, so no chunk the browser skips (content-visibility) is laid out.
   */
  textBetween(top: number, bottom: number): TextOffsets | null;
}

interface BoundaryPoint {
  node: Text;
  offset: number;
}

/** Which way a point between blocks moves: a start moves forward to the next text, an end back to the last. */
type Side = 'start' | 'end';

export function createTextMap(article: HTMLElement): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  /** Each block's chunk (shared/document/article-chunks.ts), or null for a block outside any. */
  const chunks: (HTMLElement | null)[] = [];
  for (const element of article.querySelectorAll<HTMLElement>('[data-start]')) {
    const node = element.firstChild;
    if (node === null || node.nodeType !== Node.TEXT_NODE) continue;
    nodes.push(node as Text);
    starts.push(Number(element.dataset.start));
    const parent = element.parentElement;
    chunks.push(parent?.classList.contains(CHUNK_CLASS) ? parent : null);
  }
  const indexOfNode = new Map<Node, number>(nodes.map((node, index) => [node, index]));
  const count = nodes.length;
  const endOf = (index: number): number => starts[index]! + nodes[index]!.length;
  const length = count === 0 ? 0 : endOf(count - 1);

  /** Index of the last block starting at or before `offset` (-1 before the first). */
  const blockAt = (offset: number): number => {
    let lo = 0;
    let hi = count - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  };

  const pointFor = (offset: number, side: Side): BoundaryPoint | null => {
    const index = blockAt(offset);
    if (index === -1) return count > 0 && side === 'start' ? { node: nodes[0]!, offset: 0 } : null;
    const within = offset - starts[index]!;
    const node = nodes[index]!;
    const next = index + 1 < count ? nodes[index + 1]! : null;
    if (side === 'start' && within >= node.length) return next && { node: next, offset: 0 };
    if (side === 'end' && within === 0 && index > 0) return endPoint(index - 1);
    return { node, offset: Math.min(within, node.length) };
  };
  const endPoint = (index: number): BoundaryPoint => ({ node: nodes[index]!, offset: nodes[index]!.length });

  const pointsFor = (start: number, end: number): [BoundaryPoint, BoundaryPoint] | null => {
    const from = Math.max(0, start);
    const to = Math.min(length, end);
    if (from >= to) return null;
    const first = pointFor(from, 'start');
    const last = pointFor(to, 'end');
    if (first === null || last === null) return null;
    if (offsetOfText(first) >= offsetOfText(last)) return null;
    return [first, last];
  };
  const offsetOfText = (point: BoundaryPoint): number => starts[indexOfNode.get(point.node)!]! + point.offset;

  /** Canonical offset of any DOM boundary point; points off the block text move to the nearest text. */
  const offsetOfPoint = (node: Node, offset: number, side: Side): number | null => {
    const index = indexOfNode.get(node);
    if (index !== undefined) return starts[index]! + Math.min(offset, nodes[index]!.length);
    const probe = article.ownerDocument.createRange();
    try {
      probe.setStart(node, offset);
    } catch {
      return null;
    }
    // Binary search for the first block whose text begins at or after the point.
    let lo = 0;
    let hi = count;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (probe.comparePoint(nodes[mid]!, 0) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (side === 'start') return lo < count ? starts[lo]! : length;
    return lo > 0 ? endOf(lo - 1) : 0;
  };

  const isSpaceAt = (offset: number): boolean => {
    const index = blockAt(offset);
    if (index === -1) return true;
    const within = offset - starts[index]!;
    const node = nodes[index]!;
    return within >= node.length || /\s/.test(node.data.charAt(within));
  };

  return {
    length,
    rangeFor(start, end) {
      const points = pointsFor(start, end);
      if (points === null) return null;
      const range = article.ownerDocument.createRange();
      range.setStart(points[0].node, points[0].offset);
      range.setEnd(points[1].node, points[1].offset);
      return range;
    },
    staticRangesFor(start, end) {
      const points = pointsFor(start, end);
      if (points === null) return [];
      const first = indexOfNode.get(points[0].node)!;
      const last = indexOfNode.get(points[1].node)!;
      const ranges: StaticRange[] = [];
      for (let index = first; index <= last; index++) {
        const node = nodes[index]!;
        const startOffset = index === first ? points[0].offset : 0;
        const endOffset = index === last ? points[1].offset : node.length;
        if (endOffset > startOffset) {
          ranges.push(new StaticRange({ startContainer: node, startOffset, endContainer: node, endOffset }));
        }
      }
      return ranges;
    },
    offsetsFor(range) {
      let start = offsetOfPoint(range.startContainer, range.startOffset, 'start');
      let end = offsetOfPoint(range.endContainer, range.endOffset, 'end');
      if (start === null || end === null) return null;
      while (start < end && isSpaceAt(start)) start += 1;
      while (end > start && isSpaceAt(end - 1)) end -= 1;
      return start < end ? { start, end } : null;
    },
    offsetAt(node, offset) {
      if (!article.contains(node)) return null;
      return offsetOfPoint(node, offset, 'start');
    },
    textBetween(top, bottom) {
      // Blocks stack in reading order, so their boxes are sorted top to bottom: two binary searches.
      const box = (index: number): DOMRect => {
        // A chunk contains its blocks' boxes (it is laid out apart): wholly off the band, so are they.
        const chunk = chunks[index]?.getBoundingClientRect();
        if (chunk && (chunk.bottom < top || chunk.top > bottom)) return chunk;
        return nodes[index]!.parentElement!.getBoundingClientRect();
      };
      const firstEndingBelow = (y: number): number => {
        let lo = 0;
        let hi = count;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (box(mid).bottom < y) lo = mid + 1;
          else hi = mid;
        }
        return lo;
      };
      const first = firstEndingBelow(top);
      let lo = first;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (box(mid).top <= bottom) lo = mid + 1;
        else hi = mid;
      }
      const last = lo - 1;
      return first <= last ? { start: starts[first]!, end: endOf(last) } : null;
    },
  };
}
