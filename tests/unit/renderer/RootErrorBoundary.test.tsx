// @vitest-environment jsdom
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@renderer/i18n/I18nProvider';
import { messages } from '@renderer/i18n/catalog';
import { RootErrorBoundary } from '@renderer/RootErrorBoundary';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const CAUSE = new Error('a component broke while drawing');

function Broken(): never {
  throw CAUSE;
}

let container: HTMLDivElement;
let root: Root;
let consoleError: ReturnType<typeof vi.spyOn>;

function render(children: ReactNode, onReload = vi.fn()) {
  act(() => root.render(<RootErrorBoundary onReload={onReload}>{children}</RootErrorBoundary>));
  return onReload;
}

const alert = () => container.querySelector('[role="alert"]');
const section = (language: 'ar' | 'en') => container.querySelector(`[role="alert"] > [lang="${language}"]`);

beforeEach(() => {
  consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  consoleError.mockRestore();
  localStorage.clear();
  document.documentElement.lang = '';
});

describe('RootErrorBoundary', () => {
  it('draws its children while nothing fails', () => {
    render(<p>the reader</p>);
    expect(container.textContent).toBe('the reader');
    expect(alert()).toBeNull();
  });

  it('replaces a failed tree with a message, in both languages, that nothing stored is lost', () => {
    render(<Broken />);
    expect(alert()).not.toBeNull();
    for (const language of ['ar', 'en'] as const) {
      expect(section(language)?.textContent).toContain(messages[language].crashTitle);
      expect(section(language)?.textContent).toContain(messages[language].crashBody);
    }
    expect(messages.en.crashBody).toMatch(/nothing you saved is lost/i);
  });

  it('offers a reload that reloads the window', () => {
    const onReload = render(<Broken />);
    const button = container.querySelector('button')!;
    expect(button.textContent).toContain(messages.ar.crashReload);
    expect(button.textContent).toContain(messages.en.crashReload);
    act(() => button.click());
    expect(onReload).toHaveBeenCalledOnce();
  });

  it('logs the cause with console.error', () => {
    render(<Broken />);
    expect(consoleError).toHaveBeenCalledWith('Hamish stopped drawing the window', CAUSE, expect.any(String));
  });

  it.each([
    ['ar', ['ar', 'en']],
    ['en', ['en', 'ar']],
  ] as const)('puts the reader’s language (%s) first', (language, order) => {
    document.documentElement.lang = language;
    render(<Broken />);
    const sections = [...container.querySelectorAll('[role="alert"] > [lang]')];
    expect(sections.map((element) => element.getAttribute('lang'))).toEqual(order);
    expect(section('ar')?.getAttribute('dir')).toBe('rtl');
    expect(section('en')?.getAttribute('dir')).toBe('ltr');
  });

  it('still answers when the language provider is what failed', () => {
    // A profile where storage is blocked: the provider throws reading the saved language.
    const getItem = vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    render(
      <I18nProvider>
        <p>the reader</p>
      </I18nProvider>,
    );
    getItem.mockRestore();
    expect(section('ar')?.textContent).toContain(messages.ar.crashTitle);
    expect(section('en')?.textContent).toContain(messages.en.crashTitle);
  });

  it('removes the prerendered article, which would otherwise hide the message', () => {
    const shell = document.createElement('div');
    shell.id = 'prerendered-article';
    document.body.append(shell);
    render(<Broken />);
    expect(document.getElementById('prerendered-article')).toBeNull();
  });
});
