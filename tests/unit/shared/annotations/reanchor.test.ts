import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectorsFor } from '@shared/anchoring/anchor';
import type { Annotation } from '@shared/annotations/annotation-model';
import { reanchorAnnotations } from '@shared/annotations/reanchor';
import { storedAnnotation } from '../../../support/stored-annotation';

const OLD = {
  text: 'مصالح الصين في كازاخستان\n\nتسعى بكين إلى تأمين إمدادات الطاقة عبر خطوط الأنابيب.\n\nويقول المحللون إن اليورانيوم مهم لبرنامجها النووي.',
  versionId: 'imported-abc@old',
};
const NEW_VERSION = 'imported-abc@new';

/** An annotation of the first `quote` in the old text, made as the reader makes one. */
function highlight(id: string, quote: string, text = OLD.text, source = OLD.versionId): Annotation {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the text`);
  const selector = selectorsFor(text, start, start + quote.length);
  return storedAnnotation(id, 'imported-abc', start, { target: { source, selector } });
}

const edit = (from: string, to: string) => OLD.text.replace(from, to);

describe('reanchorAnnotations', () => {
  it.each([
    // name, new text, quote, what the annotation covers afterwards (null: orphan)
    ['the same text under a new version', OLD.text, 'إمدادات الطاقة', 'إمدادات الطاقة'],
    ['text inserted before it', `مقدمة جديدة.\n\n${OLD.text}`, 'اليورانيوم', 'اليورانيوم'],
    ['its context rewritten', edit('تسعى بكين', 'تحاول الصين'), 'إمدادات الطاقة', 'إمدادات الطاقة'],
    [
      'one letter of it changed',
      edit('برنامجها النووي', 'برنامجه النووي'),
      'لبرنامجها النووي',
      'لبرنامجه النووي',
    ],
    [
      'it deleted',
      edit('ويقول المحللون إن اليورانيوم مهم لبرنامجها النووي.', 'خاتمة.'),
      'اليورانيوم مهم',
      null,
    ],
  ])('re-anchors an annotation after %s', (_name, text, quote, covered) => {
    const annotation = highlight('a', quote);
    const result = reanchorAnnotations([annotation], { text, versionId: NEW_VERSION });
    if (covered === null) {
      expect(result).toEqual({ updated: [], unchanged: 0, orphans: [annotation] });
      // Left untouched: the orphan keeps what it was made on, so nothing it said is lost.
      expect(result.orphans[0]).toBe(annotation);
      return;
    }
    expect(result.orphans).toEqual([]);
    const [moved] = result.updated;
    const [quoteSelector, position] = moved!.target.selector;
    expect(text.slice(position.start, position.end)).toBe(covered);
    expect(moved).toEqual({
      ...annotation,
      target: { source: NEW_VERSION, selector: selectorsFor(text, position.start, position.end) },
      start: position.start,
    });
    expect(quoteSelector.exact).toBe(covered);
  });

  it('changes nothing for an annotation already made on this text and version', () => {
    const annotation = highlight('a', 'خطوط الأنابيب');
    expect(reanchorAnnotations([annotation], OLD)).toEqual({ updated: [], unchanged: 1, orphans: [] });
  });

  it('tells apart, in one pass, the moved, the unchanged and the orphans', () => {
    const kept = highlight('kept', 'مصالح الصين');
    const moved = highlight('moved', 'اليورانيوم');
    const lost = highlight('lost', 'إمدادات الطاقة');
    const text = edit('إمدادات الطاقة عبر', 'ما تحتاجه من').replace('ويقول', 'ويقول بعض');
    const result = reanchorAnnotations([kept, moved, lost], { text, versionId: OLD.versionId });
    expect(result.unchanged).toBe(1);
    expect(result.updated.map((a) => [a.id, text.slice(a.start, a.target.selector[1].end)])).toEqual([
      ['moved', 'اليورانيوم'],
    ]);
    expect(result.orphans).toEqual([lost]);
  });
});

const piece = fc.constantFrom('الصين', ' ', '\n\n', 'كَتَبَ', 'Cameco', '،', 'نص', '😀', 'a');
const textArbitrary = fc.array(piece, { minLength: 1, maxLength: 60 }).map((parts) => parts.join(''));
/** A text and highlights of it: each a non-empty range. */
const annotatedText = textArbitrary.chain((text) =>
  fc.record({
    text: fc.constant(text),
    ranges: fc.array(
      fc
        .tuple(fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 20 }))
        .map(([start, length]) => [start, Math.min(text.length, start + length)] as const),
      { maxLength: 8 },
    ),
  }),
);
const annotationsOn = (text: string, ranges: readonly (readonly [number, number])[]) =>
  ranges.map(([start, end], index) =>
    storedAnnotation(`a${index}`, 'imported-abc', start, {
      target: { source: 'imported-abc@v', selector: selectorsFor(text, start, end) },
    }),
  );

describe('reanchorAnnotations, any text', () => {
  it('re-anchoring to the same text and version changes nothing', () => {
    fc.assert(
      fc.property(annotatedText, ({ text, ranges }) => {
        const annotations = annotationsOn(text, ranges);
        expect(reanchorAnnotations(annotations, { text, versionId: 'imported-abc@v' })).toEqual({
          updated: [],
          unchanged: annotations.length,
          orphans: [],
        });
      }),
      { numRuns: 300 },
    );
  });

  it('gives every annotation it finds selectors true to the new text, and leaves the rest as they were', () => {
    fc.assert(
      fc.property(annotatedText, textArbitrary, textArbitrary, ({ text, ranges }, inserted, replaced) => {
        const annotations = annotationsOn(text, ranges);
        const cut = Math.floor(text.length / 2);
        const newText = inserted + text.slice(0, cut) + replaced + text.slice(cut + 3);
        const result = reanchorAnnotations(annotations, { text: newText, versionId: 'imported-abc@w' });
        expect(result.updated.length + result.unchanged + result.orphans.length).toBe(annotations.length);
        for (const moved of result.updated) {
          const { start, end } = moved.target.selector[1];
          expect(moved.start).toBe(start);
          expect(moved.target).toEqual({
            source: 'imported-abc@w',
            selector: selectorsFor(newText, start, end),
          });
        }
        for (const orphan of result.orphans) expect(annotations).toContain(orphan);
      }),
      { numRuns: 300 },
    );
  });
});
