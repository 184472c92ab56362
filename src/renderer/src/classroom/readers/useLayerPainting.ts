import { useEffect, useMemo, useRef } from 'react';
import type { TextMap } from '../../reader/dom-text-map';
import type { PaintItem } from '../../reader/highlight-painter';
import type { ShownLayer } from '../../reader/useDocumentAnnotations';
import { paintLayers } from './layer-painter';

/** Paints the shown layers in the article, repainted only when what is painted changes. */
export function useLayerPainting(textMap: TextMap | null, layers: readonly ShownLayer[]): void {
  const items = useMemo(
    () =>
      layers.flatMap((layer) =>
        layer.items
          .filter((item) => item.anchor.status !== 'orphan' && item.anchor.end > item.anchor.start)
          .map((item): PaintItem => ({
            id: item.annotation.id,
            start: item.anchor.start,
            end: item.anchor.end,
            color: item.annotation.color,
          })),
      ),
    [layers],
  );
  const paintKey = items.map((item) => `${item.id}:${item.start}:${item.end}:${item.color}`).join('|');
  // Repainted when the painted places change, not when a note's text does.
  const latest = useRef(items);
  latest.current = items;
  useEffect(() => {
    if (!textMap || latest.current.length === 0) return;
    return paintLayers(textMap, latest.current);
  }, [textMap, paintKey]);
}
