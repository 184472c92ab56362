import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/annotations/annotation-model';
import type { TextMap } from './dom-text-map';
import { createIntervalIndex, type IntervalIndex } from './interval-index';

export interface PaintItem {
  id: string;
  start: number;
  end: number;
  color: HighlightColor;
}

export interface HighlightPainter {
  /** Replaces everything painted with `items`. */
  paint(items: readonly PaintItem[]): void;
  setActive(id: string | null): void;
  /** Ids of the painted annotations under the pointer, innermost (shortest) first. */
  hitTest(clientX: number, clientY: number): string[];
  clear(): void;
}

export const ACTIVE_HIGHLIGHT_NAME = 'hamish-active';

export function highlightName(color: HighlightColor): string {
  return `hamish-${color}`;
}

interface Painted {
  id: string;
  length: number;
}

/**
 * Paints annotations with the CSS Custom Highlight API: one Highlight per colour, never an element in the
 * article, so the text the reader sees and the DOM that maps offsets stay untouched.
 */
export function createHighlightPainter(
  textMap: TextMap,
  registry: HighlightRegistry = CSS.highlights,
): HighlightPainter {
  const byColor = new Map<HighlightColor, Highlight>(
    HIGHLIGHT_COLORS.map((color) => [color, new Highlight()]),
  );
  const active = new Highlight();
  active.priority = 1;
  for (const [color, highlight] of byColor) registry.set(highlightName(color), highlight);
  registry.set(ACTIVE_HIGHLIGHT_NAME, active);

  let ranges = new Map<string, StaticRange[]>();
  let index: IntervalIndex<Painted> = createIntervalIndex([]);
  let activeId: string | null = null;

  const showActive = (): void => {
    active.clear();
    for (const range of (activeId === null ? undefined : ranges.get(activeId)) ?? []) active.add(range);
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
    paint(items) {
      for (const highlight of byColor.values()) highlight.clear();
      ranges = new Map();
      const intervals = [];
      for (const item of items) {
        const segments = textMap.staticRangesFor(item.start, item.end);
        if (segments.length === 0) continue;
        const highlight = byColor.get(item.color);
        for (const segment of segments) highlight?.add(segment);
        ranges.set(item.id, segments);
        intervals.push({
          start: item.start,
          end: item.end,
          value: { id: item.id, length: item.end - item.start },
        });
      }
      index = createIntervalIndex(intervals);
      showActive();
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
        .sort((a, b) => a.length - b.length)
        .map((painted) => painted.id);
    },
    clear() {
      for (const highlight of byColor.values()) highlight.clear();
      active.clear();
      ranges = new Map();
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
