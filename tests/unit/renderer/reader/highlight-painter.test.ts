// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTextMap } from '@renderer/reader/dom-text-map';
import {
  ACTIVE_HIGHLIGHT_NAME,
  createHighlightPainter,
  highlightName,
  OVERLAP_HIGHLIGHT_NAME,
  overlapMarkName,
} from '@renderer/reader/highlight-painter';

/** jsdom has no CSS Custom Highlight API: a Highlight is a set of ranges with a priority. */
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

const TEXT = 'تتمتع الصين وكازاخستان بشراكة اقتصادية مهمة';
/** Fake layout: one line, each character a 10px-wide box. */
const CHAR_WIDTH = 10;

let article: HTMLElement;
let registry: Map<string, FakeHighlight>;

function painterForArticle() {
  return createHighlightPainter(createTextMap(article), registry as unknown as HighlightRegistry);
}

function textIn(highlight: FakeHighlight | undefined): string[] {
  return [...(highlight ?? [])].map((range) => {
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.toString();
  });
}

function at(word: string, inside = 1): number {
  return (TEXT.indexOf(word) + inside) * CHAR_WIDTH + 3;
}

beforeEach(() => {
  vi.stubGlobal('Highlight', FakeHighlight);
  registry = new Map();
  article = document.createElement('article');
  article.innerHTML = `<p data-block-id="p-1" data-start="0">${TEXT}</p>`;
  document.body.replaceChildren(article);
  const text = article.firstElementChild!.firstChild!;
  document.caretPositionFromPoint = (x: number) =>
    ({ offsetNode: text, offset: Math.round(x / CHAR_WIDTH) }) as unknown as CaretPosition;
  Range.prototype.getClientRects = function (this: Range) {
    const box = {
      left: this.startOffset * CHAR_WIDTH,
      right: this.endOffset * CHAR_WIDTH,
      top: 0,
      bottom: 20,
    };
    return [box] as unknown as DOMRectList;
  };
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createHighlightPainter', () => {
  const china = {
    id: 'a',
    start: TEXT.indexOf('الصين'),
    end: TEXT.indexOf('الصين') + 5,
    color: 'yellow' as const,
  };
  const both = { id: 'b', start: china.start, end: TEXT.indexOf(' بشراكة'), color: 'green' as const };
  const partnership = { id: 'c', start: TEXT.indexOf('بشراكة'), end: TEXT.length, color: 'yellow' as const };

  it('registers one highlight per colour, the overlap layers above them and the active one on top', () => {
    painterForArticle();
    const names = [...registry.keys()];
    expect(names.slice(0, 6)).toEqual([
      'hamish-yellow',
      'hamish-green',
      'hamish-blue',
      'hamish-pink',
      'hamish-purple',
      OVERLAP_HIGHLIGHT_NAME,
    ]);
    expect(names).toContain(overlapMarkName('purple', 4));
    expect(names.at(-1)).toBe(ACTIVE_HIGHLIGHT_NAME);
    const priority = (name: string) => registry.get(name)!.priority;
    expect(priority(OVERLAP_HIGHLIGHT_NAME)).toBeGreaterThan(priority('hamish-yellow'));
    expect(priority(overlapMarkName('blue', 1))).toBe(priority(OVERLAP_HIGHLIGHT_NAME));
    expect(priority(ACTIVE_HIGHLIGHT_NAME)).toBeGreaterThan(priority(OVERLAP_HIGHLIGHT_NAME));
  });

  it('covers where colours overlap and underlines each colour there, in palette order', () => {
    const painter = painterForArticle();
    const question = { ...both, id: 'q', color: 'blue' as const };
    const wide = {
      id: 'w',
      start: TEXT.indexOf('الصين'),
      end: TEXT.indexOf('مهمة'),
      color: 'purple' as const,
    };
    painter.paint([china, question, partnership]);
    expect(textIn(registry.get(OVERLAP_HIGHLIGHT_NAME))).toEqual(['الصين']);
    expect(textIn(registry.get(overlapMarkName('yellow', 0)))).toEqual(['الصين']);
    expect(textIn(registry.get(overlapMarkName('blue', 1)))).toEqual(['الصين']);
    // Each colour keeps its whole fill below the cover.
    expect(textIn(registry.get('hamish-blue'))).toEqual(['الصين وكازاخستان']);

    painter.paint([china, question, partnership, wide]);
    expect(textIn(registry.get(OVERLAP_HIGHLIGHT_NAME))).toEqual([
      'الصين',
      ' وكازاخستان',
      'بشراكة اقتصادية ',
    ]);
    expect(textIn(registry.get(overlapMarkName('yellow', 0)))).toEqual(['الصين', 'بشراكة اقتصادية ']);
    expect(textIn(registry.get(overlapMarkName('blue', 1)))).toEqual(['الصين']);
    expect(textIn(registry.get(overlapMarkName('purple', 2)))).toEqual(['الصين']);
    expect(textIn(registry.get(overlapMarkName('blue', 0)))).toEqual([' وكازاخستان']);
    expect(textIn(registry.get(overlapMarkName('purple', 1)))).toEqual([' وكازاخستان', 'بشراكة اقتصادية ']);

    painter.paint([china, partnership]);
    expect(registry.get(OVERLAP_HIGHLIGHT_NAME)!.size).toBe(0);
    painter.paint([china, question]);
    painter.clear();
    expect([...registry.values()].every((highlight) => highlight.size === 0)).toBe(true);
  });

  it('paints each annotation in its colour without touching the article', () => {
    const before = article.innerHTML;
    painterForArticle().paint([china, both, partnership]);
    expect(textIn(registry.get(highlightName('yellow')))).toEqual(['الصين', 'بشراكة اقتصادية مهمة']);
    expect(textIn(registry.get(highlightName('green')))).toEqual(['الصين وكازاخستان']);
    expect(article.innerHTML).toBe(before);
  });

  it('replaces what was painted on each paint, and clears', () => {
    const painter = painterForArticle();
    painter.paint([china, both]);
    painter.paint([partnership]);
    expect(textIn(registry.get('hamish-yellow'))).toEqual(['بشراكة اقتصادية مهمة']);
    expect(registry.get('hamish-green')!.size).toBe(0);
    painter.clear();
    expect([...registry.values()].every((highlight) => highlight.size === 0)).toBe(true);
  });

  it('marks the active annotation, across repaints, until unset', () => {
    const painter = painterForArticle();
    painter.paint([china, partnership]);
    painter.setActive('c');
    expect(textIn(registry.get(ACTIVE_HIGHLIGHT_NAME))).toEqual(['بشراكة اقتصادية مهمة']);
    painter.paint([partnership]);
    expect(textIn(registry.get(ACTIVE_HIGHLIGHT_NAME))).toEqual(['بشراكة اقتصادية مهمة']);
    painter.paint([china]);
    expect(registry.get(ACTIVE_HIGHLIGHT_NAME)!.size).toBe(0);
    painter.setActive(null);
    painter.paint([partnership]);
    expect(registry.get(ACTIVE_HIGHLIGHT_NAME)!.size).toBe(0);
  });

  it('hit-tests the character under the pointer, innermost annotation first', () => {
    const painter = painterForArticle();
    painter.paint([china, both, partnership]);
    expect(painter.hitTest(at('الصين'), 5)).toEqual(['a', 'b']);
    expect(painter.hitTest(at('الصين', 4), 5)).toEqual(['a', 'b']);
    expect(painter.hitTest(at('وكازاخستان'), 5)).toEqual(['b']);
    expect(painter.hitTest(at('مهمة', 3), 5)).toEqual(['c']);
    expect(painter.hitTest(at('تتمتع'), 5)).toEqual([]);
    expect(painter.hitTest(at('الصين'), 50)).toEqual([]);
  });

  it('registers only the annotations near the view once told what is in view, and follows it', () => {
    const painter = painterForArticle();
    const atWord = (word: string, length = word.length) => ({
      start: TEXT.indexOf(word),
      end: TEXT.indexOf(word) + length,
    });
    const items = [
      { id: 'first', ...atWord('تتمتع'), color: 'yellow' as const },
      { id: 'middle', ...atWord('بشراكة'), color: 'yellow' as const },
      { id: 'last', ...atWord('مهمة'), color: 'blue' as const },
    ];
    painter.paint(items);
    expect(textIn(registry.get('hamish-yellow'))).toEqual(['تتمتع', 'بشراكة']);
    // In view: "بشراكة" (6 characters): registered from 6 before it to 6 after it.
    painter.showAround(atWord('بشراكة'));
    expect(textIn(registry.get('hamish-yellow'))).toEqual(['بشراكة']);
    expect(registry.get('hamish-blue')!.size).toBe(0);
    // A view inside the registered stretch changes nothing; one that leaves it re-registers around itself.
    painter.showAround(atWord('اقتصادية', 4));
    expect(textIn(registry.get('hamish-yellow'))).toEqual(['بشراكة']);
    painter.showAround(atWord('مهمة'));
    expect(textIn(registry.get('hamish-yellow'))).toEqual([]);
    expect(textIn(registry.get('hamish-blue'))).toEqual(['مهمة']);
    // New items are registered within the current stretch; the active one always is.
    painter.setActive('first');
    painter.paint(items);
    expect(textIn(registry.get('hamish-blue'))).toEqual(['مهمة']);
    expect(textIn(registry.get(ACTIVE_HIGHLIGHT_NAME))).toEqual(['تتمتع']);
    // Hit-testing knows every annotation, registered or not.
    expect(painter.hitTest(at('تتمتع'), 5)).toEqual(['first']);
  });
});
