import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/annotations/annotation-model';
import type { TextMap, TextOffsets } from './dom-text-map';
import { createIntervalIndex, type IntervalIndex } from './interval-index';
import { overlapSegments } from './overlap-segments';

export interface PaintItem {
  id: string;
  start: number;
  end: number;
  color: HighlightColor;
}

export interface HighlightPainter {
  /** Replaces everything painted with `items`. */
  paint(items: readonly PaintItem[]): void;
  /**
   * Says which part of the canonical text is in view. From then on only the annotations within one more
   * view's length on either side are registered, and a view that leaves that stretch re-registers around
   * it. Until told, everything is registered.
   */
  showAround(view: TextOffsets): void;
  setActive(id: string | null): void;
  /** Ids of the painted annotations under the pointer, innermost (shortest) first. */
  hitTest(clientX: number, clientY: number): string[];
  clear(): void;
}

export const ACTIVE_HIGHLIGHT_NAME = 'hamish-active';
/** Covers stretches under several colours with a neutral fill, so their fills never blend (highlights.css). */
export const OVERLAP_HIGHLIGHT_NAME = 'hamish-overlap';

export function highlightName(color: HighlightColor): string {
  return `hamish-${color}`;
}

/** The underline of `color` in an overlap, `slot` lines below the text (0: nearest). */
export function overlapMarkName(color: HighlightColor, slot: number): string {
  return `hamish-overlap-${color}-${slot}`;
}

const OVERLAP_MARKS = HIGHLIGHT_COLORS.flatMap((color) =>
  HIGHLIGHT_COLORS.map((_, slot) => ({ color, slot, name: overlapMarkName(color, slot) })),
);

/**
 * Paints annotations with the CSS Custom Highlight API: one Highlight per colour, never an element in the
 * article, so the text the reader sees and the DOM that maps offsets stay untouched. Where colours overlap,
 * translucent fills would blend into another palette colour (yellow over blue reads as green): there a
 * neutral cover hides the fills and each colour draws its own underline, stacked in palette order.
 *
 * Chromium rebuilds the markers of every registered range whenever anything in the document changes (a
 * margin card, a keystroke in a note), so with thousands of annotations only those near the view are
 * registered: the cost of a frame then no longer grows with the number of annotations.
 */
export function createHighlightPainter(
  textMap: TextMap,
  registry: HighlightRegistry = CSS.highlights,
): HighlightPainter {
  const byColor = new Map<HighlightColor, Highlight>(
    HIGHLIGHT_COLORS.map((color) => [color, new Highlight()]),
  );
  const overlapCover = new Highlight();
  const overlapMarks = new Map(OVERLAP_MARKS.map(({ name }) => [name, new Highlight()]));
  for (const layer of [overlapCover, ...overlapMarks.values()]) layer.priority = 1;
  const active = new Highlight();
  active.priority = 2;
  for (const [color, highlight] of byColor) registry.set(highlightName(color), highlight);
  registry.set(OVERLAP_HIGHLIGHT_NAME, overlapCover);
  for (const [name, highlight] of overlapMarks) registry.set(name, highlight);
  registry.set(ACTIVE_HIGHLIGHT_NAME, active);

  let items: PaintItem[] = [];
  let byId = new Map<string, PaintItem>();
  let index: IntervalIndex<PaintItem> = createIntervalIndex([]);
  /** The stretch of text whose annotations are registered; null: all of it. */
  let registered: TextOffsets | null = null;
  let activeId: string | null = null;

  const clearOverlaps = (): void => {
    overlapCover.clear();
    for (const highlight of overlapMarks.values()) highlight.clear();
  };

  const register = (): void => {
    for (const highlight of byColor.values()) highlight.clear();
    clearOverlaps();
    const near = registered ? index.overlapping(registered.start, registered.end) : items;
    for (const item of near) {
      const highlight = byColor.get(item.color);
      for (const segment of textMap.staticRangesFor(item.start, item.end)) highlight?.add(segment);
    }
    for (const overlap of overlapSegments(near)) {
      const ranges = textMap.staticRangesFor(overlap.start, overlap.end);
      for (const range of ranges) overlapCover.add(range);
      overlap.colors.forEach((color, slot) => {
        const mark = overlapMarks.get(overlapMarkName(color, slot));
        for (const range of ranges) mark?.add(range);
      });
    }
  };

  const showActive = (): void => {
    active.clear();
    const item = activeId === null ? undefined : byId.get(activeId);
    if (item) for (const segment of textMap.staticRangesFor(item.start, item.end)) active.add(segment);
  };

  /** The character under the pointer sits on one side of the caret: the one whose box holds the point. */
  const characterAt = (clientX: number, clientY: number): number | null => {
    const caret = caretAt(clientX, clientY);
    if (caret === null) return null;
    const offset = textMap.offsetAt(caret.node, caret.offset);
    if (offset === null) return null;
    for (const candidate of [offset, offset - 1]) {
      const range = textMap.rangeFor(candidate, candidate + 1);
      if (range !== null && boxesHold(range, clientX, clientY)) return candidate;
    }
    return null;
  };

  return {
    paint(next) {
      items = next.filter((item) => item.end > item.start);
      byId = new Map(items.map((item) => [item.id, item]));
      index = createIntervalIndex(items.map((item) => ({ start: item.start, end: item.end, value: item })));
      register();
      showActive();
    },
    showAround(view) {
      if (registered && view.start >= registered.start && view.end <= registered.end) return;
      const reach = view.end - view.start;
      registered = { start: view.start - reach, end: view.end + reach };
      register();
    },
    setActive(id) {
      activeId = id;
      showActive();
    },
    hitTest(clientX, clientY) {
      if (index.size === 0) return [];
      const offset = characterAt(clientX, clientY);
      if (offset === null) return [];
      return index
        .at(offset)
        .sort((a, b) => a.end - a.start - (b.end - b.start))
        .map((item) => item.id);
    },
    clear() {
      for (const highlight of byColor.values()) highlight.clear();
      clearOverlaps();
      active.clear();
      items = [];
      byId = new Map();
      index = createIntervalIndex([]);
      activeId = null;
    },
  };
}

function caretAt(clientX: number, clientY: number): { node: Node; offset: number } | null {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(clientX, clientY);
    return position && { node: position.offsetNode, offset: position.offset };
  }
  const range = document.caretRangeFromPoint?.(clientX, clientY);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function boxesHold(range: Range, x: number, y: number): boolean {
  for (const box of range.getClientRects()) {
    if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return true;
  }
  return false;
}
