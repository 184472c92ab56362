import { describe, expect, it } from 'vitest';
import { toolbarPosition } from '@renderer/reader/toolbar-position';

const toolbar = { width: 200, height: 40 };
const viewport = { width: 1000, height: 800 };

describe('toolbarPosition', () => {
  it('sits above the selection, centred on it', () => {
    expect(toolbarPosition({ top: 300, left: 400, width: 100, height: 30 }, toolbar, viewport)).toEqual({
      top: 252,
      left: 350,
    });
  });
  it('goes below when the selection is at the top of the viewport', () => {
    expect(toolbarPosition({ top: 20, left: 400, width: 100, height: 30 }, toolbar, viewport).top).toBe(58);
  });
  it('never leaves the viewport at the right edge (where RTL lines start)', () => {
    const { left } = toolbarPosition({ top: 300, left: 960, width: 40, height: 30 }, toolbar, viewport);
    expect(left).toBe(1000 - 200 - 8);
  });
  it('stays inside the article column when given one', () => {
    const band = { left: 400, right: 900 };
    expect(
      toolbarPosition({ top: 300, left: 380, width: 40, height: 30 }, toolbar, viewport, band).left,
    ).toBe(400);
    expect(
      toolbarPosition({ top: 300, left: 880, width: 40, height: 30 }, toolbar, viewport, band).left,
    ).toBe(700);
  });
  it('never leaves the viewport at the left edge', () => {
    expect(toolbarPosition({ top: 300, left: 0, width: 20, height: 30 }, toolbar, viewport).left).toBe(8);
  });
  it('stays on screen while the selection is scrolled out of view below', () => {
    expect(toolbarPosition({ top: 2000, left: 300, width: 100, height: 30 }, toolbar, viewport).top).toBe(
      800 - 40 - 8,
    );
  });
  it('stays on screen for a selection taller than the viewport', () => {
    const { top } = toolbarPosition({ top: -500, left: 300, width: 300, height: 2000 }, toolbar, viewport);
    expect(top).toBeGreaterThanOrEqual(8);
    expect(top).toBeLessThanOrEqual(800 - 40 - 8);
  });
});
