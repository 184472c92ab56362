import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { MarkedText, type MarginSearch } from './MarkedText';
import type { NoteBlock, NoteList, NoteRun } from './note-blocks';

/** A note read in full, formatted as written; one taller than 12 lines (app.css) folds until asked. */
export function NoteView({ id, blocks, search }: { id: string; blocks: NoteBlock[]; search: MarginSearch }) {
  const { t } = useI18n();
  const body = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);

  // Measured, not counted: lists, headings and wrapping decide how tall a note is.
  useLayoutEffect(() => {
    const element = body.current;
    if (!element || expanded) return;
    const measure = () => setOverflows(element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [blocks, expanded]);

  const bodyId = `note-${id}`;
  return (
    <div className="card-note">
      <div
        ref={body}
        id={bodyId}
        className={`note-view${expanded ? '' : ' is-folded'}${overflows && !expanded ? ' has-more' : ''}`}
      >
        {blocks.map((block, index) => (
          <Block key={index} block={block} search={search} />
        ))}
      </div>
      {(overflows || expanded) && (
        <button
          type="button"
          className="link-button note-more"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('noteShowLess') : t('noteShowMore')}
        </button>
      )}
    </div>
  );
}

function Block({ block, search }: { block: NoteBlock; search: MarginSearch }) {
  if (block.kind === 'list') return <ListView list={block} search={search} />;
  const content = <Runs runs={block.runs} search={search} />;
  if (block.kind === 'paragraph') return <p dir="auto">{content}</p>;
  if (block.kind === 'quote') return <blockquote dir="auto">{content}</blockquote>;
  const Heading = block.kind;
  return <Heading dir="auto">{content}</Heading>;
}

function ListView({ list, search }: { list: NoteList; search: MarginSearch }) {
  const items = list.items.map((item, index) => (
    <li key={index} dir="auto" className={item.nested ? 'note-nested' : undefined}>
      {item.nested ? (
        <ListView list={item.nested} search={search} />
      ) : (
        <Runs runs={item.runs} search={search} />
      )}
    </li>
  ));
  return list.ordered ? <ol start={list.start}>{items}</ol> : <ul>{items}</ul>;
}

function Runs({ runs, search }: { runs: NoteRun[]; search: MarginSearch }) {
  return runs.map((run, index) =>
    run.kind === 'break' ? <br key={index} /> : <Run key={index} run={run} search={search} />,
  );
}

function Run({ run, search }: { run: NoteRun & { kind: 'text' }; search: MarginSearch }) {
  let content: ReactNode = <MarkedText text={run.text} search={search} />;
  if (run.code) content = <code>{content}</code>;
  if (run.strike) content = <s>{content}</s>;
  if (run.italic) content = <em>{content}</em>;
  if (run.bold) content = <strong>{content}</strong>;
  return content;
}
