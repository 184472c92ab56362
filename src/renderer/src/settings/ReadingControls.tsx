import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { ReadersDialog } from '../classroom/readers/ReadersDialog';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/catalog';
import {
  ALIGNMENTS,
  COLUMN_WIDTHS,
  LINE_SPACINGS,
  READING_FACES,
  TEXT_SIZE_MAX,
  TEXT_SIZE_MIN,
  TEXT_SIZE_STEP,
  stepTextSize,
} from './reading-settings';
import {
  updateReadingSettings,
  useReadingSettings,
  useReadingSettingsSync,
  useTextSizeShortcuts,
} from './reading-store';
import { THEME_CHOICES, type ThemeChoice } from './theme';
import { openProjector, useProjectorAvailable } from '../classroom/projector/projector-entry';

const SPACING_LABELS = {
  compact: 'readingSpacingCompact',
  normal: 'readingSpacingNormal',
  airy: 'readingSpacingAiry',
} as const;
const WIDTH_LABELS = {
  narrow: 'readingWidthNarrow',
  medium: 'readingWidthMedium',
  wide: 'readingWidthWide',
  full: 'readingWidthFull',
} as const;
const ALIGN_LABELS = { start: 'readingAlignStart', justify: 'readingAlignJustify' } as const;
const FACE_LABELS = {
  naskh: 'readingFaceNaskh',
  amiri: 'readingFaceAmiri',
  sans: 'readingFaceSans',
} as const;
const THEME_LABELS = {
  system: 'readingThemeSystem',
  light: 'readingThemeLight',
  sepia: 'readingThemeSepia',
  dark: 'readingThemeDark',
} as const;

function Choices<T extends string>({
  legend,
  name,
  choices,
  value,
  labels,
  onChange,
  sample,
}: {
  legend: string;
  name: string;
  choices: readonly T[];
  value: T;
  labels: Record<T, MessageKey>;
  onChange: (value: T) => void;
  sample?: boolean;
}) {
  const { t } = useI18n();
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div className="reading-choices">
        {choices.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name={name}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
            />
            {sample ? (
              <span className="reading-face-sample" data-face={choice}>
                {t(labels[choice])}
              </span>
            ) : (
              t(labels[choice])
            )}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The header's "Aa" button and the panel it opens: size, spacing, column, alignment, face, theme, harakat. */
export function ReadingControls({
  theme,
  onTheme,
}: {
  theme: ThemeChoice;
  onTheme: (choice: ThemeChoice) => void;
}) {
  const { t, n } = useI18n();
  const settings = useReadingSettings();
  useReadingSettingsSync();
  useTextSizeShortcuts();
  const [open, setOpen] = useState(false);
  const id = useId();
  const sizeId = `${id}-size`;
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const projectorAvailable = useProjectorAvailable();

  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('input')?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  // The way to a second reader: nothing else about readers shows while there is one.
  const [readersOpen, setReadersOpen] = useState(false);
  const closeReaders = useCallback(() => {
    setReadersOpen(false);
    button.current?.focus();
  }, []);

  return (
    <div className="reading-controls">
      <button
        ref={button}
        type="button"
        className="button icon-button"
        aria-expanded={open}
        aria-controls={open ? `${id}-panel` : undefined}
        aria-label={t('readingControls')}
        title={t('readingControls')}
        onClick={() => setOpen((was) => !was)}
      >
        <span aria-hidden="true">Aa</span>
      </button>
      {open && (
        <div
          ref={panel}
          id={`${id}-panel`}
          className="reading-panel"
          role="dialog"
          aria-labelledby={`${id}-title`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.stopPropagation();
              close();
            }
          }}
        >
          <h2 id={`${id}-title`}>{t('readingControls')}</h2>
          <div className="reading-size">
            <label htmlFor={sizeId}>{t('readingSize')}</label>
            <button
              type="button"
              className="button icon-button"
              aria-label={t('readingSizeSmaller')}
              aria-keyshortcuts="Control+Alt+Minus"
              onClick={() => updateReadingSettings({ size: stepTextSize(settings.size, -1) })}
            >
              <span aria-hidden="true">−</span>
            </button>
            <input
              id={sizeId}
              type="range"
              min={TEXT_SIZE_MIN}
              max={TEXT_SIZE_MAX}
              step={TEXT_SIZE_STEP}
              value={settings.size}
              aria-valuetext={t('readingSizeValue', { size: n(settings.size) })}
              onChange={(event) => updateReadingSettings({ size: Number(event.target.value) })}
            />
            <button
              type="button"
              className="button icon-button"
              aria-label={t('readingSizeBigger')}
              aria-keyshortcuts="Control+Alt+Equal"
              onClick={() => updateReadingSettings({ size: stepTextSize(settings.size, 1) })}
            >
              <span aria-hidden="true">+</span>
            </button>
            <output htmlFor={sizeId}>{t('readingSizeValue', { size: n(settings.size) })}</output>
          </div>
          <Choices
            legend={t('readingSpacing')}
            name={`${id}-spacing`}
            choices={LINE_SPACINGS}
            value={settings.spacing}
            labels={SPACING_LABELS}
            onChange={(spacing) => updateReadingSettings({ spacing })}
          />
          <Choices
            legend={t('readingWidth')}
            name={`${id}-width`}
            choices={COLUMN_WIDTHS}
            value={settings.width}
            labels={WIDTH_LABELS}
            onChange={(width) => updateReadingSettings({ width })}
          />
          <Choices
            legend={t('readingAlign')}
            name={`${id}-align`}
            choices={ALIGNMENTS}
            value={settings.align}
            labels={ALIGN_LABELS}
            onChange={(align) => updateReadingSettings({ align })}
          />
          <Choices
            legend={t('readingFace')}
            name={`${id}-face`}
            choices={READING_FACES}
            value={settings.face}
            labels={FACE_LABELS}
            onChange={(face) => updateReadingSettings({ face })}
            sample
          />
          <Choices
            legend={t('readingTheme')}
            name={`${id}-theme`}
            choices={THEME_CHOICES}
            value={theme}
            labels={THEME_LABELS}
            onChange={onTheme}
          />
          <label className="reading-switch">
            <input
              type="checkbox"
              role="switch"
              checked={settings.diacritics}
              onChange={(event) => updateReadingSettings({ diacritics: event.target.checked })}
            />
            {t('readingDiacritics')}
          </label>
          {projectorAvailable && (
            <button
              type="button"
              className="button"
              aria-keyshortcuts="P"
              onClick={() => {
                // The panel closes behind the projector; leaving it comes back to the "Aa" button.
                setOpen(false);
                openProjector(button.current);
              }}
            >
              {t('projectorOpen')}
            </button>
          )}
          <button
            type="button"
            className="button"
            aria-haspopup="dialog"
            onClick={() => {
              setOpen(false);
              setReadersOpen(true);
            }}
          >
            {t('readersOpen')}
          </button>
          <p className="reading-hint">
            {t('readingShortcutHint')} <kbd dir="ltr">Ctrl+Alt+=</kbd> <kbd dir="ltr">Ctrl+Alt+-</kbd>{' '}
            {t('readingShortcutArticle')}
          </p>
        </div>
      )}
      {readersOpen && <ReadersDialog onClose={closeReaders} />}
    </div>
  );
}
