import { useEffect, useSyncExternalStore } from 'react';
import { useStoredSetting, writeSetting } from '../storage/settings-store';
import {
  applyReadingSettings,
  parseReadingSettings,
  READING_MIRROR_KEY,
  sameReadingSettings,
  stepTextSize,
  type ReadingSettings,
} from './reading-settings';

/** What boot.js applied before the first paint, so React starts from the same settings and nothing moves. */
function readMirror(): ReadingSettings {
  try {
    const stored = globalThis.localStorage?.getItem(READING_MIRROR_KEY);
    return parseReadingSettings(stored ? JSON.parse(stored) : null);
  } catch {
    return parseReadingSettings(null);
  }
}

let current: ReadingSettings | null = null;
const listeners = new Set<() => void>();
/** Our own writes still on their way to IndexedDB: until they land, what it reports is older than `current`. */
let pendingWrites = 0;

function snapshot(): ReadingSettings {
  current ??= readMirror();
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Shows the settings at once and mirrors them for the next boot; IndexedDB keeps them when `persist`. */
function replace(next: ReadingSettings, persist: boolean): void {
  if (sameReadingSettings(snapshot(), next)) return;
  current = next;
  applyReadingSettings(document.documentElement, next);
  try {
    globalThis.localStorage?.setItem(READING_MIRROR_KEY, JSON.stringify(next));
  } catch {
    // Without storage the next boot starts from the defaults and IndexedDB's copy follows.
  }
  for (const listener of listeners) listener();
  if (persist) {
    pendingWrites += 1;
    void writeSetting('reading', next).finally(() => {
      pendingWrites -= 1;
    });
  }
}

export function updateReadingSettings(patch: Partial<ReadingSettings>): void {
  replace(parseReadingSettings({ ...snapshot(), ...patch }), true);
}

export function useReadingSettings(): ReadingSettings {
  return useSyncExternalStore(subscribe, snapshot);
}

/** One setting: a component that reads only it does not render again when another one changes. */
export function useReadingSetting<K extends keyof ReadingSettings>(key: K): ReadingSettings[K] {
  return useSyncExternalStore(subscribe, () => snapshot()[key]);
}

/** Follows IndexedDB, the settings' home: another window's change or a restored backup arrives here. */
export function useReadingSettingsSync(): void {
  const stored = useStoredSetting('reading');
  useEffect(() => {
    // An echo of an earlier press (= = - - quickly) would otherwise undo the later ones.
    if (stored && pendingWrites === 0) replace(stored, false);
  }, [stored]);
}

/**
 * Ctrl/Cmd+Alt with = or - anywhere, or = + - alone while the article has focus: physical keys
 * (`event.code`), so the Arabic layout works too, and never plain Ctrl+= (the browser's zoom).
 */
export function textSizeKeyDirection(event: KeyboardEvent, articleFocused: boolean): 1 | -1 | null {
  const bigger = event.code === 'Equal' || event.code === 'NumpadAdd';
  const smaller = event.code === 'Minus' || event.code === 'NumpadSubtract';
  if (!bigger && !smaller) return null;
  const chord = (event.ctrlKey || event.metaKey) && event.altKey;
  const bare = !event.ctrlKey && !event.metaKey && !event.altKey && articleFocused;
  if (!chord && !bare) return null;
  return bigger ? 1 : -1;
}

export function useTextSizeShortcuts(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const focused = document.activeElement?.hasAttribute('data-reader-article') ?? false;
      const direction = textSizeKeyDirection(event, focused);
      if (direction === null) return;
      event.preventDefault();
      updateReadingSettings({ size: stepTextSize(snapshot().size, direction) });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
