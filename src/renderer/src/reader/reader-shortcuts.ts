import type { HighlightColor } from '@shared/annotations/annotation-model';

/**
 * The reader's single-key shortcuts, independent of the keyboard layout: a letter typed as H, N or P
 * counts, and otherwise the physical key (`code`) does, so the Arabic layout's ا (on KeyH), ى (on
 * KeyN) and ح (on KeyP) work; digits 1–5 count in Latin, Arabic-Indic and Persian forms and from the
 * number row.
 */
export type ShortcutKeyEvent = Pick<
  KeyboardEvent,
  'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'
>;

export type ReaderAction =
  | { kind: 'highlight'; color?: HighlightColor }
  | { kind: 'note' }
  | { kind: 'clear' }
  | { kind: 'help' }
  | { kind: 'projector' }
  | null;

export const COLOR_ORDER: readonly HighlightColor[] = ['yellow', 'green', 'blue', 'pink', 'purple'];

const HIGHLIGHT: ReaderAction = { kind: 'highlight' };
const NOTE: ReaderAction = { kind: 'note' };
const PROJECTOR: ReaderAction = { kind: 'projector' };

/** The digit a key types, in any of the scripts Arabic readers use, or null. */
function digitOf(key: string): number | null {
  if (key.length !== 1) return null;
  const code = key.charCodeAt(0);
  for (const zero of [0x30, 0x0660, 0x06f0]) if (code >= zero && code <= zero + 9) return code - zero;
  return null;
}

function colorAction(digit: number): ReaderAction {
  const color = COLOR_ORDER[digit - 1];
  return color ? { kind: 'highlight', color } : null;
}

const BY_CODE: ReadonlyMap<string, ReaderAction> = new Map([
  ['KeyH', HIGHLIGHT],
  ['KeyN', NOTE],
  ['KeyP', PROJECTOR],
  ...COLOR_ORDER.flatMap((_, i): [string, ReaderAction][] => [
    [`Digit${i + 1}`, colorAction(i + 1)],
    [`Numpad${i + 1}`, colorAction(i + 1)],
  ]),
]);

/** What a key pressed in the article asks for; Shift is ignored (some layouts need it for digits). */
export function readerShortcut(event: ShortcutKeyEvent): ReaderAction {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const { key } = event;
  if (key === 'Escape') return { kind: 'clear' };
  if (key === '?' || key === '؟') return { kind: 'help' };
  const digit = digitOf(key);
  if (digit !== null) return colorAction(digit);
  const letter = key.toLowerCase();
  if (letter === 'h') return HIGHLIGHT;
  if (letter === 'n') return NOTE;
  if (letter === 'p') return PROJECTOR;
  // A Latin layout that puts another letter on KeyH (Dvorak, for one) means that letter, not H.
  if (/^[a-z]$/.test(letter)) return null;
  // Only keys that type a character: named keys (End on the number pad, Tab…) keep their meaning.
  if ([...key].length !== 1) return null;
  return BY_CODE.get(event.code) ?? null;
}

/**
 * Ctrl (Cmd on Apple keyboards) with a Latin letter, on any layout: the letter typed, or, where the
 * layout types another script (Ctrl+ب on the Arabic layout), the physical key the letter is on.
 */
export function isModifierShortcut(event: ShortcutKeyEvent, letter: string): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
  const key = event.key.toLowerCase();
  if (key === letter) return true;
  return !/^[a-z]$/.test(key) && event.code === `Key${letter.toUpperCase()}`;
}

/** What the reader's layout prints on a physical key, by `code` (navigator.keyboard.getLayoutMap). */
export type LayoutMap = ReadonlyMap<string, string>;

/** The Latin label of a key: KeyH → H, Digit1 → 1. */
function latinLabel(code: string): string {
  return code.replace(/^(Key|Digit)/, '');
}

/**
 * A key as the reader's layout labels it, with the Latin letter beside a non-Latin one (ا (H)),
 * since Arabic keyboards print both. On Latin layouts the letter itself is the shortcut, wherever it sits.
 */
export function keyLabel(code: string, layout: LayoutMap | null): string {
  const latin = latinLabel(code);
  const typed = layout?.get(code);
  if (!typed || /^[a-z0-9]$/i.test(typed)) return latin;
  return `${typed} (${latin})`;
}

/** The colour keys' range as the layout labels them: 1–5, or ١–٥ on a layout with Arabic-Indic digits. */
export function colorKeysLabel(layout: LayoutMap | null): string {
  const label = (code: string) => {
    const typed = layout?.get(code);
    return typed && digitOf(typed) !== null ? typed : latinLabel(code);
  };
  return `${label('Digit1')}–${label(`Digit${COLOR_ORDER.length}`)}`;
}
