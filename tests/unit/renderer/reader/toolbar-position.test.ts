import { describe, expect, it } from 'vitest';
import { toolbarPosition, type Box, type ToolbarArea } from '@renderer/reader/toolbar-position';

const toolbar = { width: 200, height: 40 };
const viewport = { width: 1000, height: 800 };
/** A sticky header 56 px tall across the top, the article's column in the middle. */
const underHeader: ToolbarArea = { left: 0, right: 1000, top: 56 };

const line = (top: number, left = 400, width = 100, height = 30): Box => ({ top, left, width, height });

describe('toolbarPosition: vertical', () => {
  it.each<[string, Box, ToolbarArea | undefined, number]>([
    ['above the selection when there is room', line(300), undefined, 300 - 40 - 8],
    ['below when the selection is at the top of the viewport', line(20), undefined, 20 + 30 + 8],
    ['above when there is room below the header', line(200), underHeader, 200 - 40 - 8],
    // 104 - 48 = 56 would touch the header's edge: it needs the gap too.
    ['below when above would touch the header', line(104), underHeader, 104 + 30 + 8],
    ['below when above would cover the header', line(70), underHeader, 70 + 30 + 8],
    ['under the header for a selection scrolled up under it', line(-100), underHeader, 56 + 8],
    ['on screen for a selection scrolled out of view below', line(2000), undefined, 800 - 40 - 8],
    [
      'at the bottom for a selection taller than the viewport',
      line(-500, 300, 300, 2000),
      underHeader,
      800 - 40 - 8,
    ],
  ])('%s', (_, selection, area, top) => {
    expect(toolbarPosition(selection, toolbar, viewport, area).top).toBe(top);
  });

  it('never covers the header, wherever the selection is', () => {
    for (let top = -200; top <= 1000; top += 10) {
      const placed = toolbarPosition(line(top), toolbar, viewport, underHeader);
      expect(placed.top).toBeGreaterThanOrEqual(56 + 8);
      expect(placed.top + toolbar.height).toBeLessThanOrEqual(800 - 8);
      const overlapsSelection = placed.top < top + 30 && placed.top + toolbar.height > top;
      if (top > 56 + 48 && top < 800 - 40 - 8 - 38) expect(overlapsSelection).toBe(false);
    }
  });
});

describe('toolbarPosition: horizontal', () => {
  it.each<[string, Box, ToolbarArea | undefined, number]>([
    ['centred on the selection', line(300), undefined, 350],
    ['inside the viewport at the right edge (where RTL lines start)', line(300, 960, 40), undefined, 792],
    ['inside the viewport at the left edge', line(300, 0, 20), undefined, 8],
    ['inside the column at its left', line(300, 380, 40), { left: 400, right: 900 }, 400],
    ['inside the column at its right', line(300, 880, 40), { left: 400, right: 900 }, 700],
  ])('%s', (_, selection, area, left) => {
    expect(toolbarPosition(selection, toolbar, viewport, area).left).toBe(left);
  });
});
