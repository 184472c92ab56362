import { useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/catalog';

export type MarginPanel = 'filters' | 'legend' | 'actions';

const PANELS: readonly MarginPanel[] = ['filters', 'legend', 'actions'];

const LABEL_KEYS: Record<MarginPanel, MessageKey> = {
  filters: 'marginFilters',
  legend: 'legendTitle',
  actions: 'marginActions',
};

/**
 * The margin's compact bar: filters, colour meanings and actions each behind one disclosure button,
 * at most one open at a time. Escape inside an open panel closes it and returns to its button.
 */
export function MarginPanels({
  open,
  onOpen,
  activeFilters,
  panels,
}: {
  open: MarginPanel | null;
  onOpen: (panel: MarginPanel | null) => void;
  /** How many filters are on: shown on the filters button while its panel is closed. */
  activeFilters: number;
  panels: Record<MarginPanel, ReactNode>;
}) {
  const { t } = useI18n();
  const buttons = useRef<Partial<Record<MarginPanel, HTMLButtonElement | null>>>({});
  return (
    <>
      <div className="margin-bar">
        {PANELS.map((panel) => (
          <button
            key={panel}
            ref={(element) => {
              buttons.current[panel] = element;
            }}
            type="button"
            className="button margin-bar-button"
            aria-expanded={open === panel}
            aria-controls={`margin-panel-${panel}`}
            onClick={() => onOpen(open === panel ? null : panel)}
          >
            {t(LABEL_KEYS[panel])}
            {panel === 'filters' && activeFilters > 0 && (
              <span className="margin-bar-count"> {t('activeFilters', { count: activeFilters })}</span>
            )}
            <span className="margin-bar-caret" aria-hidden="true">
              ▾
            </span>
          </button>
        ))}
      </div>
      {open && (
        <div
          id={`margin-panel-${open}`}
          className="margin-panel"
          role="group"
          aria-label={t(LABEL_KEYS[open])}
          onKeyDown={(event) => {
            // A dialog opened from the panel handles its own Escape.
            if (event.key !== 'Escape' || (event.target as Element).closest('dialog')) return;
            event.preventDefault();
            onOpen(null);
            buttons.current[open]?.focus();
          }}
        >
          {panels[open]}
        </div>
      )}
    </>
  );
}
