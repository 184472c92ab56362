import type { TextMatch } from '@shared/text/search-text';
import type { TextMap } from './dom-text-map';

export const FIND_HIGHLIGHT = 'hamish-find';
export const FIND_CURRENT_HIGHLIGHT = 'hamish-find-current';

/** Paints search matches with their own CSS highlights, above the reader's colours. */
export function createFindPainter(textMap: TextMap, registry: HighlightRegistry = CSS.highlights) {
  const all = new Highlight();
  const current = new Highlight();
  all.priority = 2;
  current.priority = 3;
  registry.set(FIND_HIGHLIGHT, all);
  registry.set(FIND_CURRENT_HIGHLIGHT, current);
  return {
    show(matches: readonly TextMatch[], index: number): void {
      all.clear();
      current.clear();
      matches.forEach((match, i) => {
        for (const range of textMap.staticRangesFor(match.start, match.end))
          (i === index ? current : all).add(range);
      });
    },
    dispose(): void {
      registry.delete(FIND_HIGHLIGHT);
      registry.delete(FIND_CURRENT_HIGHLIGHT);
    },
  };
}
