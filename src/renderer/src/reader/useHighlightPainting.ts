import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ArticleDocument } from '@shared/document/document-model';
import type { AnchoredAnnotation } from '../annotations/useDocumentAnnotations';
import { createTextMap, type TextMap } from './dom-text-map';
import { createHighlightPainter, type HighlightPainter, type PaintItem } from './highlight-painter';

/**
 * Maps the rendered article and paints its annotations with CSS highlights: repainted only when what is
 * painted changes (positions, colours), not when a note is edited.
 */
export function useHighlightPainting(
  document: ArticleDocument,
  items: AnchoredAnnotation[] | undefined,
  activeId: string | null,
): {
  articleRef: RefObject<HTMLElement | null>;
  textMap: TextMap | null;
  hitTest: (clientX: number, clientY: number) => string[];
} {
  const articleRef = useRef<HTMLElement>(null);
  const [textMap, setTextMap] = useState<TextMap | null>(null);
  const painter = useRef<HighlightPainter | null>(null);

  useLayoutEffect(() => {
    const article = articleRef.current;
    if (!article) return;
    const map = createTextMap(article);
    const created = createHighlightPainter(map);
    painter.current = created;
    setTextMap(map);
    return () => {
      created.clear();
      painter.current = null;
    };
  }, [document]);

  const paintItems = useMemo(
    () =>
      (items ?? [])
        .filter((item) => item.anchor.status !== 'orphan')
        .map((item): PaintItem => ({
          id: item.annotation.id,
          start: item.anchor.start,
          end: item.anchor.end,
          color: item.annotation.color,
        })),
    [items],
  );
  const paintKey = useMemo(
    () => paintItems.map((p) => `${p.id}:${p.start}:${p.end}:${p.color}`).join('|'),
    [paintItems],
  );
  const latest = useRef({ paintItems, activeId });
  latest.current = { paintItems, activeId };
  useEffect(() => {
    painter.current?.paint(latest.current.paintItems);
    painter.current?.setActive(latest.current.activeId);
  }, [paintKey, textMap]);
  useEffect(() => painter.current?.setActive(activeId), [activeId]);

  return {
    articleRef,
    textMap,
    hitTest: (clientX, clientY) => painter.current?.hitTest(clientX, clientY) ?? [],
  };
}
