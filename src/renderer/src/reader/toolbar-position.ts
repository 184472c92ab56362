export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** The part of the viewport the toolbar may use. */
export interface ToolbarArea {
  /** The article's column, so it never covers the margin. */
  left: number;
  right: number;
  /** The bottom of whatever stays pinned at the top (the header), so it never covers it. */
  top?: number;
}

const GAP = 8;

/**
 * Places the toolbar above the selection, centred on it, inside the viewport and below the pinned header;
 * below the selection when there is no room above. Centring keeps it right for RTL and LTR alike.
 */
export function toolbarPosition(
  selection: Box,
  toolbar: { width: number; height: number },
  viewport: { width: number; height: number },
  area: ToolbarArea = { left: 0, right: viewport.width },
): { top: number; left: number } {
  const lowest = viewport.height - toolbar.height - GAP;
  const highest = Math.min(Math.max(GAP, (area.top ?? 0) + GAP), lowest);
  const above = selection.top - toolbar.height - GAP;
  const below = selection.top + selection.height + GAP;
  const top = above >= highest ? above : below;
  const centred = selection.left + selection.width / 2 - toolbar.width / 2;
  const min = Math.max(GAP, area.left);
  const max = Math.min(viewport.width - GAP, area.right) - toolbar.width;
  const left = Math.min(Math.max(min, centred), Math.max(min, max));
  return { top: Math.max(highest, Math.min(top, lowest)), left };
}
