import type { AnchoredAnnotation } from '../annotations/anchored-annotation';
import type { Annotation, HighlightColor } from '../annotations/annotation-model';
import type { Block } from '../document/document-model';

/** A stretch of one block's text under one colour (or none), and the notes whose quote ends with it. */
export interface PrintRun {
  text: string;
  color: HighlightColor | null;
  notes: number[];
}

/** A numbered note, filed under the block its quote ends in. */
export interface PrintNote {
  number: number;
  annotation: Annotation;
  quote: string;
  blockId: string;
}

export interface PrintLayout {
  blocks: { block: Block; runs: PrintRun[] }[];
  notes: PrintNote[];
}

interface Span {
  annotation: Annotation;
  start: number;
  end: number;
  note: number | null;
  /** The block the quote ends in: its note number is printed there. */
  lastBlock: string;
}

function hasNote(annotation: Annotation): boolean {
  return annotation.note.text.trim() !== '' || annotation.note.markdown.trim() !== '';
}

function lastBlockOf(blocks: readonly Block[], end: number): string {
  let found = blocks[0]?.id ?? '';
  for (const block of blocks) if (block.start < end) found = block.id;
  return found;
}

function spansOf(items: readonly AnchoredAnnotation[], text: string, blocks: readonly Block[]): Span[] {
  const spans: Span[] = items.flatMap(({ annotation, anchor }) =>
    anchor && anchor.status !== 'orphan' && anchor.start < anchor.end && anchor.end <= text.length
      ? [
          {
            annotation,
            start: anchor.start,
            end: anchor.end,
            note: null,
            lastBlock: lastBlockOf(blocks, anchor.end),
          },
        ]
      : [],
  );
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  let number = 0;
  for (const span of spans) if (hasNote(span.annotation)) span.note = ++number;
  return spans;
}

/** The innermost (shortest) highlight wins where highlights overlap: it is the more specific mark. */
function colorAt(spans: readonly Span[], from: number, to: number): HighlightColor | null {
  let best: Span | null = null;
  for (const span of spans) {
    if (span.start <= from && span.end >= to && (!best || span.end - span.start < best.end - best.start)) {
      best = span;
    }
  }
  return best?.annotation.color ?? null;
}

function runsOf(block: Block, spans: readonly Span[]): PrintRun[] {
  const inside = spans.filter((span) => span.start < block.end && span.end > block.start);
  const cuts = new Set([block.start, block.end]);
  for (const span of inside) {
    cuts.add(Math.max(span.start, block.start));
    cuts.add(Math.min(span.end, block.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: PrintRun[] = [];
  for (let index = 0; index + 1 < points.length; index++) {
    const from = points[index]!;
    const to = points[index + 1]!;
    const notes = inside
      .filter(
        (span) => span.note !== null && span.lastBlock === block.id && Math.min(span.end, block.end) === to,
      )
      .map((span) => span.note!);
    runs.push({
      text: block.text.slice(from - block.start, to - block.start),
      color: colorAt(inside, from, to),
      notes,
    });
  }
  return runs;
}

/**
 * The article cut into coloured runs with note numbers where each noted quote ends, for a printed copy
 * that carries its highlights as marks and its notes as numbered footnotes or margin notes.
 */
export function printLayout(
  text: string,
  blocks: readonly Block[],
  items: readonly AnchoredAnnotation[],
): PrintLayout {
  const spans = spansOf(items, text, blocks);
  const notes = spans.flatMap((span): PrintNote[] =>
    span.note === null
      ? []
      : [
          {
            number: span.note,
            annotation: span.annotation,
            quote: text.slice(span.start, span.end),
            blockId: span.lastBlock,
          },
        ],
  );
  return { blocks: blocks.map((block) => ({ block, runs: runsOf(block, spans) })), notes };
}
