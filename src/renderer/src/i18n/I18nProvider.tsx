import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { UiLanguage } from '@shared/platform/platform-contract';
import { messages, type MessageKey } from './catalog';
import { formatMessage, formatNumber, type Params } from './messages';

export interface I18n {
  language: UiLanguage;
  dir: 'rtl' | 'ltr';
  t: (key: MessageKey, params?: Params) => string;
  n: (value: number) => string;
  setLanguage: (language: UiLanguage) => void;
}

const STORAGE_KEY = 'hamish.uiLanguage';
const I18nContext = createContext<I18n | null>(null);

function initialLanguage(): UiLanguage {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'ar';
}

export function I18nProvider({
  children,
  onLanguageChange,
}: {
  children: ReactNode;
  onLanguageChange?: (language: UiLanguage) => void;
}) {
  const [language, setLanguageState] = useState<UiLanguage>(initialLanguage);

  useEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    root.dir = language === 'ar' ? 'rtl' : 'ltr';
    onLanguageChange?.(language);
  }, [language, onLanguageChange]);

  const setLanguage = useCallback((next: UiLanguage) => {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);

  const value = useMemo<I18n>(
    () => ({
      language,
      dir: language === 'ar' ? 'rtl' : 'ltr',
      t: (key, params) => formatMessage(language, messages[language][key], params),
      n: (number) => formatNumber(language, number),
      setLanguage,
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const context = useContext(I18nContext);
  if (!context) throw new Error('useI18n outside I18nProvider');
  return context;
}
