import { useState } from 'react';
import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/annotations/annotation-model';
import { useI18n } from '../i18n/I18nProvider';
import { saveColorMeaning, type ColorMeanings } from '../settings/color-settings';
import { COLOR_NAME_KEYS } from './annotation-colors';

/** What each colour means to this reader; also the colour filter of the margin. */
export function ColorLegend({
  meanings,
  selected,
  onToggle,
}: {
  meanings: ColorMeanings;
  selected: ReadonlySet<HighlightColor>;
  onToggle: (color: HighlightColor) => void;
}) {
  const { t } = useI18n();
  const [editing, setEditing] = useState(false);
  return (
    <section className="legend" aria-label={t('legendTitle')}>
      <div className="legend-row" role="group" aria-label={t('filterColors')}>
        {HIGHLIGHT_COLORS.map((color) => (
          <button
            key={color}
            type="button"
            className="legend-chip"
            aria-pressed={selected.has(color)}
            onClick={() => onToggle(color)}
          >
            <span className={`dot dot-${color}`} aria-hidden="true" />
            <span dir="auto">{meanings[color] || t(COLOR_NAME_KEYS[color])}</span>
          </button>
        ))}
        <button type="button" className="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? t('doneEditingMeanings') : t('editMeanings')}
        </button>
      </div>
      {editing && (
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
      )}
    </section>
  );
}
