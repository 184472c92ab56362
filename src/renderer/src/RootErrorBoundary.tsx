import { Component, type ErrorInfo, type ReactNode } from 'react';
import type { UiLanguage } from '@shared/platform/platform-contract';
import { messages, type MessageKey } from './i18n/catalog';
import { formatMessage } from './i18n/messages';
import { useDismissPrerenderedShell } from './reader/prerendered-shell';

const text = (language: UiLanguage, key: MessageKey) => formatMessage(language, messages[language][key]);

/** The reader's language first: the I18nProvider sets <html lang> once it runs; Arabic before that. */
function languagesInOrder(): UiLanguage[] {
  return document.documentElement.lang === 'en' ? ['en', 'ar'] : ['ar', 'en'];
}

function CrashScreen({ onReload }: { onReload: () => void }) {
  // The prerendered article would otherwise stay over a window that no longer works.
  useDismissPrerenderedShell();
  const languages = languagesInOrder();
  return (
    <div className="status-message error" role="alert">
      {languages.map((language) => (
        <div key={language} lang={language} dir={language === 'ar' ? 'rtl' : 'ltr'}>
          <p>
            <strong>{text(language, 'crashTitle')}</strong>
          </p>
          <p>{text(language, 'crashBody')}</p>
        </div>
      ))}
      <button type="button" className="button primary" onClick={onReload}>
        {languages.map((language, i) => (
          <span key={language} lang={language}>
            {i > 0 && ' · '}
            {text(language, 'crashReload')}
          </span>
        ))}
      </button>
    </div>
  );
}

/**
 * Outermost component: whatever throws while drawing (the providers included) leaves a screen that
 * says nothing stored is lost and offers a reload. It reads the catalogues directly, in both
 * languages, because the language provider may be what failed.
 */
export class RootErrorBoundary extends Component<
  { children: ReactNode; onReload?: () => void },
  { failed: boolean }
> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Hamish stopped drawing the window', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return <CrashScreen onReload={this.props.onReload ?? (() => location.reload())} />;
  }
}
