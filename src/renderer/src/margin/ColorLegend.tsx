import { useState } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/annotations/annotation-model';
import { useI18n } from '../i18n/I18nProvider';
import { saveColorMeaning, type ColorMeanings } from '../settings/color-settings';
import { COLOR_NAME_KEYS } from './annotation-colors';

/** The margin's colour filter: one toggle per colour, named by its meaning when it has one. */
export function ColorFilter({
  meanings,
  selected,
  onToggle,
}: {
  meanings: ColorMeanings;
  selected: ReadonlySet<HighlightColor>;
  onToggle: (color: HighlightColor) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="legend-row" role="group" aria-label={t('filterColors')}>
      {HIGHLIGHT_COLORS.map((color) => (
        <button
          key={color}
          type="button"
          className="legend-chip"
          aria-pressed={selected.has(color)}
          onClick={() => onToggle(color)}
        >
          <span className="chip-check" aria-hidden="true">
            ✓
          </span>
          <span className={`dot dot-${color}`} aria-hidden="true" />
          <span dir="auto">{meanings[color] || t(COLOR_NAME_KEYS[color])}</span>
        </button>
      ))}
    </div>
  );
}

/** What each colour means to this reader, and where the reader changes it. */
export function ColorLegend({ meanings }: { meanings: ColorMeanings }) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  return (
    <section className="legend" aria-label={t('legendTitle')}>
      {editing ? (
        <div className="meaning-editor">
          {HIGHLIGHT_COLORS.map((color) => (
            <label key={color} className="meaning-field">
              <span className={`dot dot-${color}`} aria-hidden="true" />
              <span className="visually-hidden">{t('meaningFor', { color: t(COLOR_NAME_KEYS[color]) })}</span>
              <input
                className="text-input"
                dir="auto"
                defaultValue={meanings[color] ?? ''}
                placeholder={t('meaningPlaceholder')}
                maxLength={40}
                onChange={(event) => void saveColorMeaning(color, event.target.value.trim())}
              />
            </label>
          ))}
        </div>
      ) : (
        <dl className="legend-list">
          {HIGHLIGHT_COLORS.map((color) => (
            <div key={color} className="legend-entry">
              <dt>
                <span className={`dot dot-${color}`} aria-hidden="true" />
                {t(COLOR_NAME_KEYS[color])}
              </dt>
              {meanings[color] ? (
                <dd dir="auto">{meanings[color]}</dd>
              ) : (
                <dd className="legend-none">{t('meaningNone')}</dd>
              )}
            </div>
          ))}
        </dl>
      )}
      <button type="button" className="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
        {editing ? t('doneEditingMeanings') : t('editMeanings')}
      </button>
    </section>
  );
}
