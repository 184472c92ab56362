import { useEffect } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/annotations/annotation-model';
import type { PlacedGuide, PlacedQuestion } from '@shared/classroom/teacher-layer';
import type { TextMap } from '../../reader/dom-text-map';

export function guideHighlightName(color: HighlightColor): string {
  return `hamish-guide-${color}`;
}

export const QUESTION_HIGHLIGHT_NAME = 'hamish-question';

/**
 * Paints the teacher's layer apart from the reader's own highlights (classroom.css): guide passages are
 * overlined in their colour and question passages underlined with dots, so neither can be taken for a
 * highlight of the reader's own, and they mix with no fill.
 */
export function useTeacherLayerPainting(
  textMap: TextMap | null,
  guide: readonly PlacedGuide[],
  questions: readonly PlacedQuestion[],
): void {
  useEffect(() => {
    if (!textMap || (guide.length === 0 && questions.length === 0)) return;
    const ranges = (start: number, end: number) => textMap.staticRangesFor(start, end);
    const byColor = new Map(HIGHLIGHT_COLORS.map((color) => [color, new Highlight()]));
    for (const { guide: item, anchor } of guide) {
      if (anchor.status === 'orphan') continue;
      for (const range of ranges(anchor.start, anchor.end)) byColor.get(item.color)?.add(range);
    }
    const asked = new Highlight();
    for (const { anchor } of questions) {
      if (anchor.status !== 'orphan') for (const range of ranges(anchor.start, anchor.end)) asked.add(range);
    }
    for (const [color, highlight] of byColor) CSS.highlights.set(guideHighlightName(color), highlight);
    CSS.highlights.set(QUESTION_HIGHLIGHT_NAME, asked);
    return () => {
      for (const color of HIGHLIGHT_COLORS) CSS.highlights.delete(guideHighlightName(color));
      CSS.highlights.delete(QUESTION_HIGHLIGHT_NAME);
    };
  }, [textMap, guide, questions]);
}
