import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/annotations/annotation-model';
import type { TextMap } from '../../reader/dom-text-map';
import type { PaintItem } from '../../reader/highlight-painter';

/** Other readers' layers paint under names of their own (readers.css): underlined, never filled. */
export function layerHighlightName(color: HighlightColor): string {
  return `hamish-layer-${color}`;
}

/**
 * Paints the shown layers' passages, one CSS highlight per colour beside the reader's own, and returns
 * the clean-up. Layers are few and shown on demand, so all their ranges are registered at once.
 */
export function paintLayers(
  textMap: TextMap,
  items: readonly PaintItem[],
  registry: HighlightRegistry = CSS.highlights,
): () => void {
  const byColor = new Map(HIGHLIGHT_COLORS.map((color) => [color, new Highlight()]));
  for (const item of items) {
    const highlight = byColor.get(item.color);
    for (const range of textMap.staticRangesFor(item.start, item.end)) highlight?.add(range);
  }
  for (const [color, highlight] of byColor) registry.set(layerHighlightName(color), highlight);
  return () => {
    for (const color of HIGHLIGHT_COLORS) registry.delete(layerHighlightName(color));
  };
}
