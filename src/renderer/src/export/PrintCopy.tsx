import { Fragment } from 'react';
import { HIGHLIGHT_COLORS } from '@shared/annotations/annotation-model';
import type { ArticleDocument, Block } from '@shared/document/document-model';
import type { PrintLayout, PrintNote, PrintRun } from '@shared/export/print-layout';
import { useI18n } from '../i18n/I18nProvider';
import { COLOR_NAME_KEYS } from '../margin/annotation-colors';
import { clampQuote } from '../margin/quote-preview';
import { formatPublication, sourceName } from '../reader/format-meta';
import type { ColorMeanings } from '../settings/color-settings';

export type NotePlacement = 'footnotes' | 'margin';

function Runs({ runs }: { runs: PrintRun[] }) {
  return runs.map((run, index) => (
    <Fragment key={index}>
      {run.color ? <mark className={`print-mark print-mark-${run.color}`}>{run.text}</mark> : run.text}
      {run.notes.map((number) => (
        <sup key={number} className="print-note-ref">
          {number}
        </sup>
      ))}
    </Fragment>
  ));
}

const BLOCK_TAGS = { title: 'h1', heading: 'h2', paragraph: 'p' } as const;

function BlockCopy({ block, runs }: { block: Block; runs: PrintRun[] }) {
  const Tag = BLOCK_TAGS[block.kind];
  return (
    <Tag>
      <Runs runs={runs} />
    </Tag>
  );
}

function NoteText({ note }: { note: PrintNote }) {
  return (
    <>
      <span className="print-note-number">{note.number}</span> <q dir="auto">{clampQuote(note.quote, 90)}</q>{' '}
      <span dir="auto" className="print-note-text">
        {note.annotation.note.text.trim() || note.annotation.note.markdown.trim()}
      </span>
    </>
  );
}

/**
 * The article as it prints: its text with the highlights as coloured marks and note numbers, title,
 * source and date, a colour legend, and the notes as footnotes or beside their paragraphs.
 * Hidden on screen (print.css); a copy rather than the live article, which must never change.
 */
export function PrintCopy({
  document,
  layout,
  placement,
  meanings,
}: {
  document: ArticleDocument;
  layout: PrintLayout;
  placement: NotePlacement;
  meanings: ColorMeanings;
}) {
  const { t, language } = useI18n();
  const { manifest } = document;
  const [title, ...body] = layout.blocks;
  const used = new Set(layout.blocks.flatMap(({ runs }) => runs.map((run) => run.color)));
  const legend = HIGHLIGHT_COLORS.filter((color) => used.has(color));
  const notesOf = (block: Block) => layout.notes.filter((note) => note.blockId === block.id);
  return (
    <div className="print-copy" data-notes={placement} lang={language}>
      <div className="article print-article" lang={manifest.language} dir={manifest.direction}>
        {title && <BlockCopy block={title.block} runs={title.runs} />}
        <p className="byline" lang={language} dir="auto">
          <span>{t('source', { name: sourceName(manifest.source, language) })}</span>
          {manifest.publication && (
            <span>{t('published', { date: formatPublication(manifest.publication, language) })}</span>
          )}
        </p>
        {body.map(({ block, runs }) => (
          <div key={block.id} className="print-block">
            {placement === 'margin' &&
              notesOf(block).map((note) => (
                <aside key={note.number} className="print-margin-note" lang={language}>
                  <NoteText note={note} />
                </aside>
              ))}
            <BlockCopy block={block} runs={runs} />
          </div>
        ))}
      </div>
      {legend.length > 0 && (
        <section className="print-legend" aria-label={t('printLegend')}>
          <h2>{t('printLegend')}</h2>
          <ul>
            {legend.map((color) => (
              <li key={color}>
                <mark className={`print-mark print-mark-${color}`}>{t(COLOR_NAME_KEYS[color])}</mark>
                {meanings[color] && <span dir="auto"> — {meanings[color]}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
      {placement === 'footnotes' && layout.notes.length > 0 && (
        <section className="print-footnotes">
          <h2>{t('printNotesHeading')}</h2>
          <ol>
            {layout.notes.map((note) => (
              <li key={note.number}>
                <NoteText note={note} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
