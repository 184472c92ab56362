import approxSearch from 'approx-string-match';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  anchorAll,
  anchorAnnotation,
  selectorsFor,
  type AnnotationSelectors,
} from '@shared/anchoring/anchor';
import { QUOTE_CONTEXT_LENGTH } from '@shared/annotations/annotation-model';

import { loadSeedDocument } from '../../../support/seed-document';

const { text } = loadSeedDocument();
const CONTEXT = QUOTE_CONTEXT_LENGTH;

/** A random selection of the seed's canonical text, `min` to `max` characters long. */
function selection(min: number, max: number) {
  return fc
    .integer({ min: 0, max: text.length - min })
    .chain((start) =>
      fc
        .integer({ min: start + min, max: Math.min(text.length, start + max) })
        .map((end) => ({ start, end })),
    );
}

/** A small edit: delete `remove` characters at `at` and insert `insert` there. */
const editText = fc.record({
  remove: fc.integer({ min: 0, max: 4 }),
  insert: fc.string({ unit: fc.constantFrom('ا', 'ل', 'ن', ' ', 'x', 'ـ'), maxLength: 4 }),
});

function applyEdit(source: string, at: number, edit: { remove: number; insert: string }): string {
  return source.slice(0, at) + edit.insert + source.slice(at + edit.remove);
}

function withPosition(selectors: AnnotationSelectors, start: number, end: number): AnnotationSelectors {
  return [selectors[0], { type: 'TextPositionSelector', start, end }];
}

describe('anchorAnnotation', () => {
  it('anchors any selection of the seed back to exactly its offsets', () => {
    fc.assert(
      fc.property(selection(1, 300), ({ start, end }) => {
        expect(anchorAnnotation(text, selectorsFor(text, start, end))).toEqual({
          status: 'anchored',
          start,
          end,
        });
      }),
    );
  });

  it('falls back to the quote when the position selector is wrong', () => {
    fc.assert(
      fc.property(
        selection(1, 300),
        fc.integer({ min: -50, max: text.length + 50 }),
        ({ start, end }, wrong) => {
          fc.pre(text.slice(wrong, wrong + end - start) !== text.slice(start, end));
          const selectors = withPosition(selectorsFor(text, start, end), wrong, wrong + end - start);
          expect(anchorAnnotation(text, selectors)).toEqual({ status: 'anchored', start, end });
        },
      ),
    );
  });

  it('still lands on the quote after small edits away from it and its context', () => {
    fc.assert(
      fc.property(selection(1, 200), fc.nat(), editText, ({ start, end }, seed, edit) => {
        const before = start - CONTEXT - edit.remove;
        const after = text.length - (end + CONTEXT);
        fc.pre(before > 0 || after > 0);
        const at =
          before > 0 && (after <= 0 || seed % 2 === 0) ? seed % before : end + CONTEXT + (seed % after);
        const edited = applyEdit(text, at, edit);
        const shift = at < start ? edit.insert.length - edit.remove : 0;
        const result = anchorAnnotation(edited, selectorsFor(text, start, end));
        expect(result).toEqual({ status: 'anchored', start: start + shift, end: end + shift });
      }),
    );
  });

  it('still lands on the quote after small edits inside its context', () => {
    fc.assert(
      fc.property(
        selection(3, 200),
        fc.integer({ min: 1, max: CONTEXT - 4 }),
        fc.boolean(),
        editText,
        (range, distance, inPrefix, edit) => {
          const { start, end } = range;
          const at = inPrefix ? start - distance - edit.remove : end + distance;
          fc.pre(at >= 0 && at + edit.remove <= text.length);
          const edited = applyEdit(text, at, edit);
          const shift = inPrefix ? edit.insert.length - edit.remove : 0;
          const result = anchorAnnotation(edited, selectorsFor(text, start, end));
          expect(result).toEqual({ status: 'anchored', start: start + shift, end: end + shift });
        },
      ),
    );
  });

  it('re-anchors a quote whose own words were lightly edited', () => {
    fc.assert(
      fc.property(selection(24, 200), fc.nat(), ({ start, end }, seed) => {
        const quote = text.slice(start, end);
        // A quote the article repeats verbatim (it says some things twice) is found there exactly.
        fc.pre(text.indexOf(quote) === text.lastIndexOf(quote));
        const at = start + 4 + (seed % (end - start - 8));
        const edited = applyEdit(text, at, { remove: 1, insert: 'x' });
        const result = anchorAnnotation(edited, selectorsFor(text, start, end));
        expect(result.status).toBe('reanchored');
        expect(Math.abs(result.start - start)).toBeLessThanOrEqual(1);
        expect(Math.abs(result.end - end)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('orphans an annotation whose quote was removed', () => {
    fc.assert(
      fc.property(selection(16, 200), ({ start, end }) => {
        const quote = text.slice(start, end);
        const edited = text.slice(0, start) + text.slice(end);
        // The article repeats some passages almost word for word: a quote from one is rightly found in another.
        fc.pre(approxSearch(edited, quote, Math.floor(quote.length / 4)).length === 0);
        expect(anchorAnnotation(edited, selectorsFor(text, start, end))).toEqual({
          status: 'orphan',
          start: -1,
          end: -1,
        });
      }),
    );
  });
});

describe('anchorAll', () => {
  const annotationsFor = (ranges: { start: number; end: number }[]) =>
    ranges.map(({ start, end }) => ({
      target: { source: 'doc@v1', selector: selectorsFor(text, start, end) },
    }));

  it('returns one result per annotation, in input order', () => {
    const ranges = [
      { start: 900, end: 950 },
      { start: 10, end: 20 },
      { start: 400, end: 401 },
    ];
    expect(anchorAll(text, annotationsFor(ranges))).toEqual(
      ranges.map((r) => ({ status: 'anchored', ...r })),
    );
  });

  it('follows every annotation past an insertion, a deletion and a removed quote', () => {
    fc.assert(
      fc.property(fc.array(selection(4, 80), { minLength: 1, maxLength: 40 }), (ranges) => {
        const removed = { start: 2000, end: 2040 };
        const inserted = 'فقرة جديدة أضيفت في أول المقال. ';
        const edited = inserted + text.slice(0, removed.start) + text.slice(removed.end);
        const results = anchorAll(edited, annotationsFor([...ranges, removed]));
        expect(results.at(-1)?.status).toBe('orphan');
        ranges.forEach(({ start, end }, i) => {
          const shift = inserted.length - (start >= removed.end ? removed.end - removed.start : 0);
          const overlapsRemoval = start < removed.end + CONTEXT && end > removed.start - CONTEXT;
          if (overlapsRemoval) return;
          expect(results[i]).toEqual({ status: 'anchored', start: start + shift, end: end + shift });
        });
      }),
    );
  });

  it('anchors 10,000 annotations on a 400,000-character text quickly after an edit shifted them all', () => {
    let long = '';
    for (let copy = 0; long.length < 400_000; copy++) long += `${text}\n\n${copy}\n\n`;
    const annotations = Array.from({ length: 10_000 }, (_, i) => {
      const start = (i * 39) % (long.length - 40);
      return { target: { source: 'doc@v1', selector: selectorsFor(long, start, start + 20) } };
    });
    const edited = `مقدمة جديدة. ${long.slice(0, 200_000)}إضافة${long.slice(200_000)}`;
    const started = performance.now();
    const results = anchorAll(edited, annotations);
    // Searching the text for each quote takes seconds; following the shift takes tens of milliseconds.
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(results.filter((result) => result.status !== 'anchored')).toHaveLength(0);
  });
});
