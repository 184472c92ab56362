export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

const GAP = 8;

/**
 * Places the toolbar above the selection, centred on it, inside the viewport; below it when there is no
 * room above. Centring keeps it right for RTL and LTR alike.
 */
export function toolbarPosition(
  selection: Box,
  toolbar: { width: number; height: number },
  viewport: { width: number; height: number },
  /** The horizontal band it may use (the article's column), so it never covers the margin. */
  band: { left: number; right: number } = { left: 0, right: viewport.width },
): { top: number; left: number } {
  const above = selection.top - toolbar.height - GAP;
  const below = selection.top + selection.height + GAP;
  const top = above >= GAP ? above : Math.min(below, viewport.height - toolbar.height - GAP);
  const centred = selection.left + selection.width / 2 - toolbar.width / 2;
  const min = Math.max(GAP, band.left);
  const max = Math.min(viewport.width - GAP, band.right) - toolbar.width;
  const left = Math.min(Math.max(min, centred), Math.max(min, max));
  return { top: Math.max(GAP, Math.min(top, viewport.height - toolbar.height - GAP)), left };
}
