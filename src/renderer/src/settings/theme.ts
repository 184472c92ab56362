import { useCallback, useEffect, useState } from 'react';

export type ThemeChoice = 'system' | 'light' | 'sepia' | 'dark';
export type ResolvedTheme = Exclude<ThemeChoice, 'system'>;
const STORAGE_KEY = 'hamish.theme';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'sepia', 'dark'];

function storedChoice(): ThemeChoice {
  const value = globalThis.localStorage?.getItem(STORAGE_KEY);
  return THEME_CHOICES.find((choice) => choice === value) ?? 'system';
}

/** Follows the system until the reader picks a theme; the resolved theme lands on <html data-theme> (boot.js too). */
export function useTheme(): {
  choice: ThemeChoice;
  resolved: ResolvedTheme;
  choose: (choice: ThemeChoice) => void;
  cycle: () => void;
} {
  const [choice, setChoice] = useState<ThemeChoice>(storedChoice);
  const [systemDark, setSystemDark] = useState(() => matchMedia('(prefers-color-scheme: dark)').matches);

  useEffect(() => {
    const query = matchMedia('(prefers-color-scheme: dark)');
    const update = () => setSystemDark(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);

  const resolved = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = resolved;
  }, [resolved]);

  const choose = useCallback((next: ThemeChoice) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setChoice(next);
  }, []);
  const cycle = useCallback(() => {
    choose(THEME_CHOICES[(THEME_CHOICES.indexOf(choice) + 1) % THEME_CHOICES.length] ?? 'system');
  }, [choice, choose]);
  return { choice, resolved, choose, cycle };
}
