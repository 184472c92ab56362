import type { ShortcutKeyEvent } from '../../reader/reader-shortcuts';

/** What a key asks of projector mode. */
export type ProjectorCommand = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'toggleHeat';

const BY_KEY: Readonly<Record<string, ProjectorCommand>> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  PageDown: 'next',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
};

/**
 * The projector's keys: arrows, a presentation clicker (PageDown/PageUp, on some Space and Shift+Space),
 * Home/End and Esc. The horizontal arrow pointing the way the text reads goes on: ArrowLeft in Arabic.
 * M toggles the heatmap on any layout (the physical key where the layout types another script).
 */
export function projectorCommand(event: ShortcutKeyEvent, direction: 'rtl' | 'ltr'): ProjectorCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const { key } = event;
  if (key === ' ') return event.shiftKey ? 'previous' : 'next';
  if (key === 'ArrowLeft') return direction === 'rtl' ? 'next' : 'previous';
  if (key === 'ArrowRight') return direction === 'rtl' ? 'previous' : 'next';
  const named = BY_KEY[key];
  if (named) return named;
  const letter = key.toLowerCase();
  if (letter === 'm') return 'toggleHeat';
  // Only a letter of another script stands for the key it is on: punctuation there means itself.
  if (/^[a-z]$/.test(letter) || !/^\p{L}$/u.test(key)) return null;
  return event.code === 'KeyM' ? 'toggleHeat' : null;
}

/** The step a command leads to among `count` steps: never past either end. */
export function stepTo(current: number, command: ProjectorCommand, count: number): number {
  const last = Math.max(count - 1, 0);
  switch (command) {
    case 'next':
      return Math.min(current + 1, last);
    case 'previous':
      return Math.max(current - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
    default:
      return current;
  }
}

/** A paragraph taller than most of the screen is shown from its start, not cut at both ends. */
export function scrollBlockFor(height: number, viewportHeight: number): ScrollLogicalPosition {
  return height > viewportHeight * 0.8 ? 'start' : 'center';
}

/** The first step still on screen, by each step's bottom edge: where projector mode starts. */
export function firstVisibleStep(bottoms: readonly number[]): number {
  const visible = bottoms.findIndex((bottom) => bottom > 0);
  return visible >= 0 ? visible : Math.max(bottoms.length - 1, 0);
}

/** A paragraph's heat as a share of the hottest paragraph's, 0–1, for the bar beside it. */
export function heatShare(blockId: string, heat: ReadonlyMap<string, number>): number {
  const most = Math.max(0, ...heat.values());
  return most > 0 ? (heat.get(blockId) ?? 0) / most : 0;
}
