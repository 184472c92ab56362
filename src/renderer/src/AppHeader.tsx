import type { ReactNode } from 'react';
import { ReaderSwitcher } from './classroom/readers/ReaderSwitcher';
import { useI18n } from './i18n/I18nProvider';
import { ReadingControls } from './settings/ReadingControls';
import { useTheme } from './settings/theme';

const THEME_LABELS = {
  system: 'themeSystem',
  light: 'themeLight',
  sepia: 'themeSepia',
  dark: 'themeDark',
} as const;
const THEME_ICONS = { system: '◐', light: '☀', sepia: '▤', dark: '☾' } as const;

export function AppHeader({
  title,
  onLibrary,
  children,
}: {
  title?: string;
  onLibrary: () => void;
  children?: ReactNode;
}) {
  const { t, language, setLanguage } = useI18n();
  const theme = useTheme();
  return (
    <header className="app-header">
      <a className="skip-link" href="#article">
        {t('skipToArticle')}
      </a>
      <p className="brand">{t('appName')}</p>
      <p className="header-title" dir="auto">
        {title}
      </p>
      <nav className="header-actions" aria-label={t('appName')}>
        {children}
        <ReaderSwitcher />
        <button type="button" className="button" onClick={onLibrary}>
          {t('libraryButton')}
        </button>
        <ReadingControls theme={theme.choice} onTheme={theme.choose} />
        <button
          type="button"
          className="button icon-button"
          onClick={theme.cycle}
          aria-label={t(THEME_LABELS[theme.choice])}
          title={t(THEME_LABELS[theme.choice])}
        >
          <span aria-hidden="true">{THEME_ICONS[theme.choice]}</span>
        </button>
        <button
          type="button"
          className="button"
          lang={language === 'ar' ? 'en' : 'ar'}
          aria-label={t('languageSwitchLabel')}
          onClick={() => setLanguage(language === 'ar' ? 'en' : 'ar')}
        >
          {t('languageSwitch')}
        </button>
      </nav>
    </header>
  );
}
