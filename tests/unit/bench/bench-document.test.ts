import { describe, expect, it } from 'vitest';
import { BLOCK_SEPARATOR } from '@shared/document/document-model';
import { buildBenchDocument, editBenchDocument, randomSpans } from '../../../bench/support/bench-document';

const CONTEXT = 40;
const original = buildBenchDocument(20_000);
const spans = randomSpans(original, 40, 5, 80);
const kept = spans.map(({ start, end }) => ({ start: start - CONTEXT, end: end + CONTEXT }));
const edited = editBenchDocument(original, kept);

describe('editBenchDocument', () => {
  it('keeps every annotated passage and its context verbatim, at its new place', () => {
    for (const { start, end } of kept) {
      const from = Math.max(0, start);
      expect(edited.document.text.slice(edited.moved(from), edited.moved(from) + end - from)).toBe(
        original.text.slice(from, end),
      );
    }
  });

  it('moves every stored position', () => {
    expect(spans.every(({ start }) => edited.moved(start) !== start)).toBe(true);
  });

  it('moves neighbours by different amounts where an edit falls between them', () => {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const shift = (offset: number) => edited.moved(offset) - offset;
    const apart = sorted.filter(
      (span, i) => i > 0 && span.start - CONTEXT > sorted[i - 1]!.end + CONTEXT + 1,
    );
    const differing = apart.filter((span) => {
      const before = sorted[sorted.indexOf(span) - 1]!;
      return shift(span.start) !== shift(before.start);
    });
    expect(edited.edits).toBeGreaterThan(0);
    expect(differing.length).toBeGreaterThan(apart.length * 0.9);
  });

  it('keeps the block structure: text, starts and separators agree', () => {
    const { text, blocks } = edited.document;
    expect(blocks.map((block) => block.text).join(BLOCK_SEPARATOR)).toBe(text);
    for (const block of blocks)
      expect(text.slice(block.start, block.start + block.text.length)).toBe(block.text);
    expect(blocks).toHaveLength(original.blocks.length + 1);
  });
});
