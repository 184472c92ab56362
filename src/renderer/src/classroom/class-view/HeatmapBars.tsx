import { useLayoutEffect, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { BlockHeat } from '@shared/classroom/class-heatmap';
import type { Block } from '@shared/document/document-model';
import { useI18n } from '../../i18n/I18nProvider';
import { HeatReaders, heatLabel } from './HeatList';

interface Place {
  top: number;
  height: number;
}

/** Between the article's edge and a bar. */
const BAR_GAP_PX = 12;
/** The faintest bar still reads as a bar: intensity runs from here to full for one student to all. */
const MIN_INTENSITY = 22;

/**
 * Where each block sits, from the heatmap's own box (as wide as the column, at its foot), and where the bars
 * go: the article's side facing the margin, in the room the article leaves in its column.
 */
function measure(article: HTMLElement, heatmap: HTMLElement, blockIds: readonly string[]) {
  const origin = heatmap.getBoundingClientRect();
  const articleBox = article.getBoundingClientRect();
  const places = new Map<string, Place>();
  for (const id of blockIds) {
    const element = article.querySelector(`[data-block-id="${CSS.escape(id)}"]`);
    if (!element) continue;
    const box = element.getBoundingClientRect();
    places.set(id, { top: box.top - origin.top, height: box.height });
  }
  const rtl = getComputedStyle(heatmap).direction === 'rtl';
  // Offsets from the heatmap's inline-start edge, so the bars sit past the article's inline end.
  const inset = rtl ? origin.right - articleBox.left : articleBox.right - origin.left;
  return { places, inset: inset + BAR_GAP_PX, width: origin.width };
}

/**
 * The class heatmap drawn beside the text: for each block students highlighted, a bar as tall as the block
 * whose intensity grows with how many did, with the count. A bar is a button: it opens who and what.
 */
export function HeatmapBars({
  article,
  column,
  blocks,
  heat,
  total,
  textDir,
  textLang,
}: {
  article: HTMLElement;
  column: HTMLElement;
  blocks: readonly Block[];
  heat: ReadonlyMap<string, BlockHeat>;
  total: number;
  textDir: 'rtl' | 'ltr';
  textLang: string;
}) {
  const { t } = useI18n();
  const [layout, setLayout] = useState<ReturnType<typeof measure> | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const heatmapRef = useRef<HTMLDivElement>(null);

  // Text size, column width and fonts loading all move the blocks: measure again whenever the article resizes.
  useLayoutEffect(() => {
    const ids = [...heat.keys()];
    const heatmap = heatmapRef.current;
    if (!heatmap) return;
    const update = () => setLayout(measure(article, heatmap, ids));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(article);
    observer.observe(column);
    return () => observer.disconnect();
  }, [article, column, heat]);

  const closeOn = (event: KeyboardEvent<HTMLElement>, blockId: string) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    setOpenId(null);
    column.querySelector<HTMLElement>(`[data-heat-block="${CSS.escape(blockId)}"]`)?.focus();
  };
  return (
    <div ref={heatmapRef} className="class-heatmap" role="group" aria-label={t('classParagraphsTitle')}>
      {blocks.map((block) => {
        const blockHeat = heat.get(block.id);
        const place = layout?.places.get(block.id);
        if (!layout || !blockHeat || !place) return null;
        const intensity = MIN_INTENSITY + ((100 - MIN_INTENSITY) * blockHeat.count) / Math.max(total, 1);
        const open = openId === block.id;
        const popupId = `heat-readers-${block.id}`;
        return (
          <div key={block.id} onKeyDown={(event) => closeOn(event, block.id)}>
            <button
              type="button"
              className="heat-bar"
              data-heat-block={block.id}
              style={
                {
                  top: place.top,
                  insetInlineStart: layout.inset,
                  height: place.height,
                  '--heat': `${intensity}%`,
                } as CSSProperties
              }
              aria-label={heatLabel(t, block, blockHeat, total)}
              aria-expanded={open}
              aria-controls={open ? popupId : undefined}
              onClick={() => setOpenId(open ? null : block.id)}
            >
              <span className="heat-fill" aria-hidden="true" />
              <span className="heat-count" aria-hidden="true">
                {blockHeat.count}
              </span>
            </button>
            {open && (
              <div
                id={popupId}
                className="heat-popover"
                // Over the article, its edge at the bar's: the margin beside stays readable.
                style={{ top: place.top, insetInlineEnd: layout.width - layout.inset + BAR_GAP_PX / 2 }}
                role="group"
                aria-label={t('classHeatWho')}
              >
                <p className="heat-popover-title">{heatLabel(t, block, blockHeat, total)}</p>
                <HeatReaders readers={blockHeat.readers} textDir={textDir} textLang={textLang} />
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
