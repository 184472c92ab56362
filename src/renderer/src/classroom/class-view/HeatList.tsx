import { useState } from 'react';
import type { BlockHeat, HeatReader } from '@shared/classroom/class-heatmap';
import type { Block } from '@shared/document/document-model';
import type { I18n } from '../../i18n/I18nProvider';
import { useI18n } from '../../i18n/I18nProvider';

/** "Paragraph 3", "Heading 2", "Title": how the class view names a block of the article. */
export function blockLabel(t: I18n['t'], block: Block): string {
  if (block.kind === 'title') return t('classBlockTitle');
  return t(block.kind === 'heading' ? 'classBlockHeading' : 'classBlockParagraph', { number: block.ordinal });
}

/** "Paragraph 3: 4 of 4 students highlighted it": the heat of one block in words. */
export function heatLabel(t: I18n['t'], block: Block, heat: BlockHeat, total: number): string {
  return t('classHeatLabel', { block: blockLabel(t, block), highlighted: heat.count, count: total });
}

/** Who highlighted a block and what: each student's name and their quotes in it. */
export function HeatReaders({
  readers,
  textDir,
  textLang,
}: {
  readers: readonly HeatReader[];
  textDir: 'rtl' | 'ltr';
  textLang: string;
}) {
  return (
    <ul className="heat-readers">
      {readers.map((reader) => (
        <li key={reader.id}>
          <span className="heat-reader-name" dir="auto">
            {reader.name}
          </span>
          {reader.quotes.map((quote, index) => (
            <q key={index} className="heat-quote" dir={textDir} lang={textLang}>
              {quote}
            </q>
          ))}
        </li>
      ))}
    </ul>
  );
}

/** One highlighted block, closed to its count; who and what are rendered only while it is open. */
function HeatEntry({
  block,
  heat,
  total,
  textDir,
  textLang,
  onGoToBlock,
}: {
  block: Block;
  heat: BlockHeat;
  total: number;
  textDir: 'rtl' | 'ltr';
  textLang: string;
  onGoToBlock: (blockId: string) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        <span className="heat-meter" aria-hidden="true">
          <span style={{ inlineSize: `${(100 * heat.count) / Math.max(total, 1)}%` }} />
        </span>
        {heatLabel(t, block, heat, total)}
      </summary>
      {open && (
        <>
          <HeatReaders readers={heat.readers} textDir={textDir} textLang={textLang} />
          <button type="button" className="link-button" onClick={() => onGoToBlock(block.id)}>
            {t('classHeatGoTo')}
          </button>
        </>
      )}
    </details>
  );
}

/**
 * The heatmap in words, reachable by keyboard and screen reader: each highlighted block with how many
 * students highlighted it, and, opened, who and what.
 */
export function HeatList({
  blocks,
  heat,
  total,
  textDir,
  textLang,
  onGoToBlock,
}: {
  blocks: readonly Block[];
  heat: ReadonlyMap<string, BlockHeat>;
  total: number;
  textDir: 'rtl' | 'ltr';
  textLang: string;
  onGoToBlock: (blockId: string) => void;
}) {
  const { t } = useI18n();
  const hot = blocks.flatMap((block) => {
    const found = heat.get(block.id);
    return found ? [{ block, heat: found }] : [];
  });
  return (
    <section className="class-heat-list" aria-labelledby="class-heat-title">
      <h3 id="class-heat-title">{t('classParagraphsTitle')}</h3>
      {hot.length === 0 ? (
        <p className="class-empty">{t('classHeatNone')}</p>
      ) : (
        <ul>
          {hot.map(({ block, heat: blockHeat }) => (
            <li key={block.id}>
              <HeatEntry
                block={block}
                heat={blockHeat}
                total={total}
                textDir={textDir}
                textLang={textLang}
                onGoToBlock={onGoToBlock}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
