import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/annotations/annotation-model';
import { COLOR_NAME_KEYS } from '../margin/annotation-colors';
import { useI18n } from '../i18n/I18nProvider';
import type { ColorMeanings } from '../settings/color-settings';
import { toolbarPosition } from './toolbar-position';

export function SelectionToolbar({
  rect,
  meanings,
  lastColor,
  onHighlight,
  onNote,
  onCopy,
  onQuestion,
  onDismiss,
}: {
  rect: DOMRect;
  meanings: ColorMeanings;
  lastColor: HighlightColor;
  onHighlight: (color: HighlightColor) => void;
  onNote: () => void;
  onCopy: () => void;
  /** Given while the reader prepares a reading pack on this document: asks a question on the passage. */
  onQuestion?: () => void;
  /** Escape: back to the article, the selection kept. */
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const column = element.parentElement?.getBoundingClientRect();
    // The app's header stays pinned at the top: the toolbar flips below the selection rather than cover it.
    const header = document.querySelector('.app-header')?.getBoundingClientRect();
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    setPosition(
      toolbarPosition(rect, { width: element.offsetWidth, height: element.offsetHeight }, viewport, {
        left: column?.left ?? 0,
        right: column?.right ?? viewport.width,
        top: Math.max(0, header?.bottom ?? 0),
      }),
    );
  }, [rect]);

  // Tab from the article comes here first, though the skip link to the margin sits between them in the page.
  useEffect(() => {
    const onTab = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Tab' || event.shiftKey || event.defaultPrevented) return;
      if (!(event.target instanceof Element) || !event.target.closest('[data-reader-article]')) return;
      const first = ref.current?.querySelector('button');
      if (!first) return;
      event.preventDefault();
      first.focus();
    };
    document.addEventListener('keydown', onTab);
    return () => document.removeEventListener('keydown', onTab);
  }, []);

  // Arrow keys walk the buttons (a toolbar is one tab stop's worth of controls).
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onDismiss();
      return;
    }
    if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return;
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const forward = (event.key === 'ArrowLeft') === (document.documentElement.dir === 'rtl');
    const next =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? buttons.length - 1
          : (index + (forward ? 1 : -1) + buttons.length) % buttons.length;
    buttons[next]?.focus();
    event.preventDefault();
  };

  return (
    <div
      ref={ref}
      className="selection-toolbar"
      role="toolbar"
      aria-label={t('toolbarLabel')}
      style={{ top: position?.top ?? -999, left: position?.left ?? -999 }}
      // Keeps the text selected while a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={onKeyDown}
    >
      {HIGHLIGHT_COLORS.map((color, index) => {
        const name = t(COLOR_NAME_KEYS[color]);
        const meaning = meanings[color];
        const label = meaning
          ? t('highlightWithMeaning', { color: name, meaning })
          : t('highlightWith', { color: name });
        return (
          // A long meaning is cut short on screen; the title and the accessible name carry it whole.
          <button
            key={color}
            type="button"
            className={`toolbar-swatch swatch-${color}`}
            aria-label={label}
            aria-keyshortcuts={color === lastColor ? `${index + 1} H` : String(index + 1)}
            title={`${label} (${index + 1})`}
            onClick={() => onHighlight(color)}
          >
            <span className={`swatch${color === lastColor ? ' is-last' : ''}`} aria-hidden="true" />
            {meaning && (
              <span className="swatch-meaning" dir="auto" aria-hidden="true">
                {meaning}
              </span>
            )}
          </button>
        );
      })}
      <span className="toolbar-divider" aria-hidden="true" />
      <button type="button" className="button" onClick={onNote} title={`${t('addNote')} (N)`}>
        {t('addNote')}
      </button>
      <button type="button" className="button" onClick={onCopy}>
        {t('copyQuote')}
      </button>
      {onQuestion && (
        <button type="button" className="button" onClick={onQuestion} title={t('questionButtonHint')}>
          {t('questionButton')}
        </button>
      )}
    </div>
  );
}
