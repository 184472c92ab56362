import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ArticleDocument } from '@shared/document/document-model';
import type { AnchoredAnnotation } from '@shared/annotations/anchored-annotation';
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
    const current = painter.current;
    if (!current || !textMap) return;
    // With thousands of annotations, registering only those near the view is what keeps frames cheap.
    if (latest.current.paintItems.length > 0) followView(current, textMap);
    current.paint(latest.current.paintItems);
    current.setActive(latest.current.activeId);
  }, [paintKey, textMap]);
  useEffect(() => painter.current?.setActive(activeId), [activeId]);

  // Scrolling, resizing and reflowing move the view: the painter follows, once per frame at most.
  useEffect(() => {
    const current = painter.current;
    const article = articleRef.current;
    if (!current || !textMap || !article) return;
    let frame = 0;
    const schedule = () => {
      frame ||= requestAnimationFrame(() => {
        frame = 0;
        followView(current, textMap);
      });
    };
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    const reflow = new ResizeObserver(schedule);
    reflow.observe(article);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
      reflow.disconnect();
    };
  }, [textMap]);

  return {
    articleRef,
    textMap,
    hitTest: (clientX, clientY) => painter.current?.hitTest(clientX, clientY) ?? [],
  };
}

function followView(painter: HighlightPainter, textMap: TextMap): void {
  const view = textMap.textBetween(0, window.innerHeight);
  if (view) painter.showAround(view);
}
