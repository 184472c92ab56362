import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { HighlightColor } from '@shared/annotations/annotation-model';
import { useI18n } from '../i18n/I18nProvider';
import type { ColorMeanings } from '../settings/color-settings';
import { AnnotationCard, type CardActions } from './AnnotationCard';
import { ColorFilter, ColorLegend } from './ColorLegend';
import { createSearchIndex, filterAnnotations, isFiltering, tagsOf } from './margin-filter';
import { MarginPanels, type MarginPanel } from './MarginPanels';
import { marginPaneId, marginTabId, MarginTabs, NOTES_TAB } from './MarginTabs';
import { SaveStatusBadge } from './save-status';
import type { AnchoredAnnotation } from '@shared/annotations/anchored-annotation';

type Row = { kind: 'card'; item: AnchoredAnnotation } | { kind: 'orphans' };

export interface MarginPane {
  id: string;
  label: string;
  content: ReactNode;
}

const estimateRowSize = () => 150;

/** Where the margin is a sheet over the article rather than a column beside it (app.css agrees). */
export const SHEET_MEDIA = '(max-width: 960px)';

export function MarginSidebar({
  open,
  onClose,
  items,
  loading,
  textDir,
  activeId,
  editingId,
  meanings,
  actions,
  toolbar,
  panes = [],
  selectedPane = null,
  onSelectPane = () => undefined,
}: {
  /** On narrow windows the margin is a sheet over the article: open or not. */
  open: boolean;
  onClose: () => void;
  items: AnchoredAnnotation[];
  /** The records are still on their way from IndexedDB: no "nothing here yet" before they arrive. */
  loading: boolean;
  textDir: 'rtl' | 'ltr';
  activeId: string | null;
  editingId: string | null;
  meanings: ColorMeanings;
  actions: Omit<CardActions, 'onMoveFocus'>;
  toolbar?: ReactNode;
  /** Other views of the margin beside the reader's notes (a reading pack): a tab each. */
  panes?: readonly MarginPane[];
  /** The pane shown instead of the notes; null (or an id no pane has): the notes. */
  selectedPane?: string | null;
  onSelectPane?: (id: string | null) => void;
}) {
  const { t } = useI18n();
  const [colors, setColors] = useState<ReadonlySet<HighlightColor>>(new Set());
  const [tag, setTag] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [wholeWords, setWholeWords] = useState(false);
  const [panel, setPanel] = useState<MarginPanel | null>(null);
  const pane = panes.find((candidate) => candidate.id === selectedPane) ?? null;
  const searchIndex = useMemo(() => createSearchIndex(meanings), [meanings]);
  // From the records already in hand: a second IndexedDB scan would compete with the first at 10,000.
  const allTags = useMemo(() => tagsOf(items), [items]);

  // Filtering 10,000 cards may take a frame or two: the field keeps up, the list follows.
  const deferredQuery = useDeferredValue(query);
  const filter = useMemo(
    () => ({ colors, tag, query: deferredQuery, wholeWords }),
    [colors, tag, deferredQuery, wholeWords],
  );
  const search = useMemo(() => ({ query: deferredQuery, wholeWords }), [deferredQuery, wholeWords]);
  const rows = useMemo<Row[]>(() => {
    const visible = filterAnnotations(items, filter, searchIndex);
    const placed = visible.filter((item) => item.anchor.status !== 'orphan');
    const orphans = visible.filter((item) => item.anchor.status === 'orphan');
    const cards = (list: AnchoredAnnotation[]) => list.map((item): Row => ({ kind: 'card', item }));
    return orphans.length ? [...cards(placed), { kind: 'orphans' }, ...cards(orphans)] : cards(placed);
  }, [items, filter, searchIndex]);

  const scrollRef = useRef<HTMLDivElement>(null);
  // A new key function makes the virtualizer re-measure every row: keep it while the rows are the same.
  const getItemKey = useCallback(
    (index: number) => {
      const row = rows[index];
      return row?.kind === 'card' ? row.item.annotation.id : 'orphans';
    },
    [rows],
  );
  // The card being edited stays rendered wherever the margin is scrolled: a focused editor must not be
  // unmounted (a long note's caret, put at its end, scrolls the margin far past the card's first row).
  const editingIndex = useMemo(
    () => rows.findIndex((row) => row.kind === 'card' && row.item.annotation.id === editingId),
    [rows, editingId],
  );
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (editingIndex < 0 || indexes.includes(editingIndex)) return indexes;
      return [...indexes, editingIndex].sort((a, b) => a - b);
    },
    [editingIndex],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: estimateRowSize,
    overscan: 8,
    getItemKey,
    rangeExtractor,
  });

  // Brings the active card into view when it becomes active (opened from the article, a link, Edit) — once:
  // rows change on every save, and scrolling again then would pull the margin away from a card being edited.
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    if (!activeId) scrolledTo.current = null;
    if (!activeId || scrolledTo.current === activeId) return;
    const index = rows.findIndex((row) => row.kind === 'card' && row.item.annotation.id === activeId);
    if (index < 0) return;
    scrolledTo.current = activeId;
    virtualizer.scrollToIndex(index, { align: 'start' });
  }, [activeId, rows, virtualizer]);

  // The sheet closes with Escape wherever the focus is; focus that was in it returns to its button.
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !window.matchMedia(SHEET_MEDIA).matches) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      const hadFocus = document.getElementById('margin')?.contains(document.activeElement);
      onClose();
      if (hadFocus) document.querySelector<HTMLElement>('.margin-toggle')?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open, onClose]);

  const cardActions = useMemo<CardActions>(() => {
    /** The card `step` rows away from `id`'s, skipping the orphans heading. */
    const neighbour = (id: string, step: 1 | -1): { index: number; id: string } | null => {
      let index = rows.findIndex((row) => row.kind === 'card' && row.item.annotation.id === id) + step;
      while (rows[index]?.kind === 'orphans') index += step;
      const row = rows[index];
      return row?.kind === 'card' ? { index, id: row.item.annotation.id } : null;
    };
    return {
      ...actions,
      onMoveFocus: (id, step) => {
        const next = neighbour(id, step);
        if (!next) return;
        virtualizer.scrollToIndex(next.index, { align: 'auto' });
        focusCard(next.id);
      },
      // Focus moves to the next card (or the previous, or the margin's title), never to the page.
      onDelete: (id) => {
        const next = neighbour(id, 1) ?? neighbour(id, -1);
        actions.onDelete(id);
        if (next) focusCard(next.id);
        else document.getElementById('margin-title')?.focus();
      },
    };
  }, [actions, rows, virtualizer]);

  const toggleColor = (color: HighlightColor) =>
    setColors((current) => {
      const next = new Set(current);
      if (!next.delete(color)) next.add(color);
      return next;
    });

  const cardCount = rows.filter((row) => row.kind === 'card').length;
  const filtering = isFiltering({ colors, tag, query });
  const clearFilters = () => {
    setColors(new Set());
    setTag(null);
    setQuery('');
  };
  return (
    <aside className={`margin${open ? ' is-open' : ''}`} id="margin" aria-labelledby="margin-title">
      <a className="skip-inline" href="#article">
        {t('backToArticle')}
      </a>
      <div className="margin-head">
        <div className="margin-title-row">
          <h2 id="margin-title" tabIndex={-1}>
            {t('marginTitle')}
          </h2>
          <span className="margin-count" role="status">
            {filtering && items.length > 0
              ? t('marginShown', { shown: cardCount, count: items.length })
              : t('marginCount', { count: items.length })}
          </span>
          {filtering && (
            <button type="button" className="button margin-clear" onClick={clearFilters}>
              {t('clearFilters')}
            </button>
          )}
          <SaveStatusBadge />
          <button
            type="button"
            className="button icon-button margin-close"
            aria-label={t('closeMargin')}
            onClick={onClose}
          >
            ×
          </button>
        </div>
        {panes.length > 0 && (
          <MarginTabs
            tabs={panes}
            selected={pane?.id ?? NOTES_TAB}
            onSelect={(id) => onSelectPane(id === NOTES_TAB ? null : id)}
          />
        )}
        {!pane && (
          <>
            <div className="margin-search">
              <input
                type="search"
                className="text-input"
                dir="auto"
                aria-label={t('searchLabel')}
                placeholder={t('searchPlaceholder')}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
              <button
                type="button"
                className="button margin-whole-words"
                aria-pressed={wholeWords}
                title={t('findWholeWordsHint')}
                onClick={() => setWholeWords(!wholeWords)}
              >
                {t('findWholeWords')}
              </button>
            </div>
            <MarginPanels
              open={panel}
              onOpen={setPanel}
              activeFilters={colors.size + (tag === null ? 0 : 1)}
              panels={{
                filters: (
                  <>
                    <ColorFilter meanings={meanings} selected={colors} onToggle={toggleColor} />
                    {allTags.length > 0 && (
                      <label className="tag-filter">
                        <span>{t('filterTag')}</span>
                        <select value={tag ?? ''} onChange={(event) => setTag(event.target.value || null)}>
                          <option value="">{t('allTags')}</option>
                          {allTags.map((name) => (
                            <option key={name} value={name}>
                              #{name}
                            </option>
                          ))}
                        </select>
                      </label>
                    )}
                  </>
                ),
                legend: <ColorLegend meanings={meanings} />,
                actions: toolbar,
              }}
            />
          </>
        )}
      </div>
      {pane ? (
        <div
          className="margin-scroll margin-pane"
          role="tabpanel"
          id={marginPaneId(pane.id)}
          aria-labelledby={marginTabId(pane.id)}
        >
          {pane.content}
        </div>
      ) : (
        <div
          className="margin-scroll"
          ref={scrollRef}
          {...(panes.length > 0 && {
            role: 'tabpanel',
            id: marginPaneId(NOTES_TAB),
            'aria-labelledby': marginTabId(NOTES_TAB),
          })}
        >
          {loading && (
            <p className="margin-loading" role="status">
              {t('loading')}
            </p>
          )}
          {!loading && items.length === 0 && <p className="margin-empty">{t('emptyMargin')}</p>}
          {items.length > 0 && cardCount === 0 && <p className="margin-empty">{t('noMatches')}</p>}
          <ul className="margin-list" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((virtual) => {
              const row = rows[virtual.index];
              if (!row) return null;
              return (
                <li
                  key={virtual.key}
                  data-index={virtual.index}
                  ref={virtualizer.measureElement}
                  className="margin-row"
                  aria-setsize={rows.length}
                  aria-posinset={virtual.index + 1}
                  style={{ transform: `translateY(${virtual.start}px)` }}
                >
                  {row.kind === 'orphans' ? (
                    <div className="orphans-head">
                      <h3>{t('orphansTitle')}</h3>
                      <p>{t('orphansNote')}</p>
                    </div>
                  ) : (
                    <AnnotationCard
                      item={row.item}
                      textDir={textDir}
                      active={row.item.annotation.id === activeId}
                      editing={row.item.annotation.id === editingId}
                      meanings={meanings}
                      tagSuggestions={allTags}
                      actions={cardActions}
                      search={search}
                    />
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </aside>
  );
}

/** Focuses a card by id once the virtual list has rendered it. */
export function focusCard(id: string): void {
  const focus = () =>
    document.querySelector<HTMLElement>(`.annotation-card[data-annotation-id="${CSS.escape(id)}"]`)?.focus();
  requestAnimationFrame(() => requestAnimationFrame(focus));
}
