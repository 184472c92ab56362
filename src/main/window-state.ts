import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rect {
  maximized: boolean;
}

export const MIN_WINDOW_SIZE = { width: 480, height: 360 };
/** A restored window must show this much of itself, title bar included, on one display. */
const MIN_VISIBLE = { width: 120, height: 60 };
const TITLE_BAR_HEIGHT = 32;

/**
 * The saved bounds when they are well-formed and still reachable on a connected display (displays
 * get unplugged between runs); null means "use the default size, centred".
 */
export function chooseWindowState(saved: unknown, workAreas: readonly Rect[]): WindowState | null {
  if (!isWindowState(saved)) return null;
  const width = Math.max(saved.width, MIN_WINDOW_SIZE.width);
  const height = Math.max(saved.height, MIN_WINDOW_SIZE.height);
  const bounds = {
    x: Math.round(saved.x),
    y: Math.round(saved.y),
    width: Math.round(width),
    height: Math.round(height),
  };
  const titleBar = { ...bounds, height: TITLE_BAR_HEIGHT };
  const visible = workAreas.some((area) => {
    const overlap = intersect(bounds, area);
    const titleOverlap = intersect(titleBar, area);
    return (
      overlap.width >= MIN_VISIBLE.width &&
      overlap.height >= MIN_VISIBLE.height &&
      titleOverlap.width >= MIN_VISIBLE.width &&
      titleOverlap.height >= TITLE_BAR_HEIGHT
    );
  });
  return visible ? { ...bounds, maximized: saved.maximized } : null;
}

function isWindowState(value: unknown): value is WindowState {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const finite = (n: unknown, max: number) =>
    typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= max;
  return (
    finite(v.x, 100_000) &&
    finite(v.y, 100_000) &&
    finite(v.width, 20_000) &&
    finite(v.height, 20_000) &&
    (v.width as number) > 0 &&
    (v.height as number) > 0 &&
    typeof v.maximized === 'boolean'
  );
}

function intersect(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/** A missing or corrupt file just means no saved state. */
export function readWindowState(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

export function writeWindowState(path: string, state: WindowState): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify(state));
  } catch (error) {
    console.warn(`Could not remember the window size in ${path}:`, error);
  }
}
