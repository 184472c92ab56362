// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@renderer/i18n/I18nProvider';
import { MarginTabs, marginPaneId, marginTabId, NOTES_TAB } from '@renderer/margin/MarginTabs';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const TABS = [
  { id: 'questions', label: 'الأسئلة' },
  { id: 'guide', label: 'الدليل' },
];

let root: Root;
let host: HTMLDivElement;
let onSelect: ReturnType<typeof vi.fn<(id: string) => void>>;

function render(selected: string) {
  act(() =>
    root.render(
      <I18nProvider>
        <MarginTabs tabs={TABS} selected={selected} onSelect={onSelect} />
      </I18nProvider>,
    ),
  );
}

const tabs = () => [...host.querySelectorAll<HTMLButtonElement>('[role="tab"]')];

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  onSelect = vi.fn<(id: string) => void>();
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('MarginTabs', () => {
  it('shows the notes first, then the tabs given; only the selected one is in the tab order', () => {
    render('questions');
    expect(
      tabs().map((tab) => ({
        id: tab.id,
        selected: tab.getAttribute('aria-selected'),
        controls: tab.getAttribute('aria-controls'),
        tabIndex: tab.tabIndex,
      })),
    ).toEqual([
      { id: marginTabId(NOTES_TAB), selected: 'false', controls: marginPaneId(NOTES_TAB), tabIndex: -1 },
      { id: marginTabId('questions'), selected: 'true', controls: marginPaneId('questions'), tabIndex: 0 },
      { id: marginTabId('guide'), selected: 'false', controls: marginPaneId('guide'), tabIndex: -1 },
    ]);
    expect(
      tabs()
        .map((tab) => tab.textContent)
        .slice(1),
    ).toEqual(['الأسئلة', 'الدليل']);
  });

  it('selects a tab on click', () => {
    render(NOTES_TAB);
    act(() => tabs()[2]!.click());
    expect(onSelect).toHaveBeenCalledExactlyOnceWith('guide');
  });

  it.each([
    { dir: 'rtl', selected: NOTES_TAB, key: 'ArrowLeft', next: 'questions' },
    { dir: 'rtl', selected: NOTES_TAB, key: 'ArrowRight', next: 'guide' },
    { dir: 'rtl', selected: 'guide', key: 'ArrowLeft', next: NOTES_TAB },
    { dir: 'ltr', selected: NOTES_TAB, key: 'ArrowRight', next: 'questions' },
    { dir: 'ltr', selected: 'questions', key: 'ArrowLeft', next: NOTES_TAB },
    { dir: 'ltr', selected: NOTES_TAB, key: 'End', next: 'guide' },
    { dir: 'rtl', selected: 'guide', key: 'Home', next: NOTES_TAB },
  ])('$dir: $key from $selected selects and focuses $next', ({ dir, selected, key, next }) => {
    render(selected);
    document.documentElement.dir = dir;
    const from = tabs().find((tab) => tab.id === marginTabId(selected))!;
    const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
    act(() => from.dispatchEvent(event));
    expect(onSelect).toHaveBeenCalledExactlyOnceWith(next);
    expect(document.activeElement?.id).toBe(marginTabId(next));
    expect(event.defaultPrevented).toBe(true);
  });

  it('leaves other keys alone', () => {
    render(NOTES_TAB);
    const event = new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true });
    act(() => tabs()[0]!.dispatchEvent(event));
    expect(onSelect).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(false);
  });
});
