import { useEffect, useState } from 'react';
import { trimSelection } from '@shared/annotations/create-annotation';
import type { TextMap } from './dom-text-map';

export interface ArticleSelection {
  start: number;
  end: number;
  rect: DOMRect;
  /** The reader is still dragging: the toolbar waits until the pointer is released. */
  dragging: boolean;
}

/**
 * The document's selection in the article right now, as trimmed canonical offsets and its box; null when
 * empty, without a letter or digit (punctuation, spaces), or elsewhere. Actions read it at the moment they run, never a frame-old copy.
 */
export function readArticleSelection(
  article: HTMLElement,
  textMap: TextMap,
  text: string,
): Omit<ArticleSelection, 'dragging'> | null {
  const current = document.getSelection();
  if (!current || current.rangeCount === 0 || current.isCollapsed) return null;
  const range = current.getRangeAt(0);
  if (!article.contains(range.startContainer) && !article.contains(range.endContainer)) return null;
  const offsets = textMap.offsetsFor(range);
  const trimmed = offsets && trimSelection(text, offsets.start, offsets.end);
  return trimmed ? { ...trimmed, rect: range.getBoundingClientRect() } : null;
}

/** The reader's current selection in the article as canonical offsets; null when empty or elsewhere. */
export function useArticleSelection(
  article: HTMLElement | null,
  textMap: TextMap | null,
  text: string,
): ArticleSelection | null {
  const [selection, setSelection] = useState<ArticleSelection | null>(null);

  useEffect(() => {
    if (!article || !textMap) return;
    let frame = 0;
    let dragging = false;
    const read = () => {
      frame = 0;
      const current = readArticleSelection(article, textMap, text);
      setSelection(current && { ...current, dragging });
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    const onDown = (event: PointerEvent) => {
      if (event.button === 0 && article.contains(event.target as Node)) dragging = true;
    };
    const onUp = () => {
      if (!dragging) return;
      dragging = false;
      schedule();
    };
    document.addEventListener('selectionchange', schedule);
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('pointerup', onUp);
    window.addEventListener('scroll', schedule, { passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', schedule);
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('pointerup', onUp);
      window.removeEventListener('scroll', schedule);
      window.removeEventListener('resize', schedule);
    };
  }, [article, textMap, text]);

  return selection;
}
