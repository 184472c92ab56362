import { useRef, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/I18nProvider';

export const NOTES_TAB = 'notes';

/**
 * The margin's views as tabs (the reader's notes first), shown only when there is more than one. Arrow
 * keys move between tabs, Home and End to the ends, as the ARIA tabs pattern has it.
 */
export function MarginTabs({
  tabs,
  selected,
  onSelect,
}: {
  tabs: readonly { id: string; label: string }[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const { t } = useI18n();
  const list = useRef<HTMLDivElement>(null);
  const all = [{ id: NOTES_TAB, label: t('notesTab') }, ...tabs];
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = all.findIndex((tab) => tab.id === selected);
    const forward = (event.key === 'ArrowLeft') === (document.documentElement.dir === 'rtl');
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? all.length - 1
          : ['ArrowLeft', 'ArrowRight'].includes(event.key)
            ? (index + (forward ? 1 : -1) + all.length) % all.length
            : null;
    if (next === null) return;
    event.preventDefault();
    const id = all[next]?.id ?? NOTES_TAB;
    onSelect(id);
    list.current?.querySelector<HTMLElement>(`#${marginTabId(id)}`)?.focus();
  };
  return (
    <div ref={list} className="margin-tabs" role="tablist" aria-label={t('marginTabs')} onKeyDown={onKeyDown}>
      {all.map((tab) => (
        <button
          key={tab.id}
          id={marginTabId(tab.id)}
          type="button"
          role="tab"
          className="margin-tab"
          aria-selected={tab.id === selected}
          aria-controls={marginPaneId(tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

export const marginTabId = (id: string): string => `margin-tab-${id}`;
export const marginPaneId = (id: string): string => `margin-pane-${id}`;
