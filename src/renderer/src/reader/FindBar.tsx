import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { createTextSearcher } from '@shared/text/search-text';
import { useI18n } from '../i18n/I18nProvider';
import type { TextMap } from './dom-text-map';
import { createFindPainter } from './find-painter';

/** Matches shown at most: a one-letter query in a long text would otherwise paint thousands. */
const MAX_MATCHES = 2_000;

/** The whole-words choice lasts for the session (this tab or window), like the browser's own find. */
const WHOLE_WORDS_KEY = 'hamish.findWholeWords';

/**
 * Find in the article, Arabic-aware: diacritics, tatweel, hamza and alef/ya/ta-marbuta variants and
 * digit scripts are ignored (src/shared/text), and optionally only whole words match, clitics allowed.
 * Enter / Shift+Enter step through, Escape closes.
 */
export function FindBar({ text, textMap, onClose }: { text: string; textMap: TextMap; onClose: () => void }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const [wholeWords, setWholeWords] = useState(() => sessionStorage.getItem(WHOLE_WORDS_KEY) === 'true');
  const input = useRef<HTMLInputElement>(null);
  const search = useMemo(() => createTextSearcher(text), [text]);
  const matches = useMemo(
    () => search(query, { limit: MAX_MATCHES, wholeWords }),
    [search, query, wholeWords],
  );
  const painter = useRef<ReturnType<typeof createFindPainter> | null>(null);
  const current = matches.length ? Math.min(index, matches.length - 1) : -1;

  useEffect(() => input.current?.focus(), []);
  useEffect(() => {
    const created = createFindPainter(textMap);
    painter.current = created;
    return () => {
      created.dispose();
      painter.current = null;
    };
  }, [textMap]);
  useEffect(() => {
    painter.current?.show(matches, current);
    const match = matches[current];
    if (match)
      textMap
        .rangeFor(match.start, match.end)
        ?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  }, [matches, current, textMap]);

  const step = (by: 1 | -1) => {
    if (matches.length) setIndex((current + by + matches.length) % matches.length);
  };
  // Escape closes from anywhere in the bar (the whole-words toggle too); Enter steps from the field.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') onClose();
    else if (event.key === 'Enter' && event.target === input.current) step(event.shiftKey ? -1 : 1);
    else return;
    event.preventDefault();
  };

  return (
    <div className="find-bar" role="search" aria-label={t('findLabel')} onKeyDown={onKeyDown}>
      <input
        ref={input}
        type="search"
        className="text-input"
        dir="auto"
        aria-label={t('findLabel')}
        placeholder={t('findPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setIndex(0);
        }}
      />
      <label className="find-whole-words" title={t('findWholeWordsHint')}>
        <input
          type="checkbox"
          checked={wholeWords}
          onChange={(event) => {
            setWholeWords(event.target.checked);
            setIndex(0);
            sessionStorage.setItem(WHOLE_WORDS_KEY, String(event.target.checked));
          }}
        />
        {t('findWholeWords')}
      </label>
      <span className="find-count" role="status">
        {query.trim() === ''
          ? ''
          : matches.length
            ? t('findCount', { current: current + 1, count: matches.length })
            : t('findNone')}
      </span>
      <button
        type="button"
        className="button icon-button"
        aria-label={t('findPrevious')}
        onClick={() => step(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="button icon-button" aria-label={t('findNext')} onClick={() => step(1)}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="button icon-button" aria-label={t('findClose')} onClick={onClose}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
