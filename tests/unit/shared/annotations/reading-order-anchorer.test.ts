import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selectorsFor } from '@shared/anchoring/anchor';
import type { Annotation } from '@shared/annotations/annotation-model';
import { anchorInReadingOrder, createReadingOrderAnchorer } from '@shared/annotations/anchored-annotation';
import { storedAnnotation } from '../../../support/stored-annotation';

/** Few words, many repeats: a quote recurs, so where it is looked for (the shift, the hint) matters. */
const WORDS = ['الصين', 'في', 'كازاخستان', 'الطاقة', 'و', 'Cameco', 'النووي'];

function highlightIn(text: string, id: string, from: number, length: number): Annotation {
  const start = from % Math.max(1, text.length - 1);
  const end = Math.min(text.length, start + 1 + (length % 12));
  return storedAnnotation(id, 'doc', start, {
    target: { source: 'doc@old', selector: selectorsFor(text, start, end) },
  });
}

type Step =
  | { kind: 'edited-text'; edited: boolean }
  | { kind: 'same-content-new-object'; index: number }
  | { kind: 'moved'; index: number; from: number; length: number }
  | { kind: 'added'; from: number; length: number }
  | { kind: 'removed'; index: number };

const STEP: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('edited-text' as const), edited: fc.boolean() }),
  fc.record({ kind: fc.constant('same-content-new-object' as const), index: fc.nat() }),
  fc.record({ kind: fc.constant('moved' as const), index: fc.nat(), from: fc.nat(), length: fc.nat() }),
  fc.record({ kind: fc.constant('added' as const), from: fc.nat(), length: fc.nat() }),
  fc.record({ kind: fc.constant('removed' as const), index: fc.nat() }),
);

describe('anchoring a changing list in reading order, reusing what did not change', () => {
  it('gives exactly what anchoring everything again gives, whatever changes, text included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 10, maxLength: 50 }),
        fc.nat(),
        fc.constantFrom(...WORDS),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 25 }),
        fc.array(STEP, { maxLength: 15 }),
        fc.boolean(),
        (words, at, inserted, spans, steps, startEdited) => {
          const original = words.join(' ');
          // An edit before some annotations moves them: they are found by the shift, not in place.
          const cut = at % original.length;
          const edited = `${original.slice(0, cut)}${inserted} ${original.slice(cut)}`;
          let text = startEdited ? edited : original;
          let list = spans.map(([from, length], i) => highlightIn(original, `a${i}`, from, length));
          let next = list.length;
          const anchor = createReadingOrderAnchorer();
          expect(anchor(text, list)).toEqual(anchorInReadingOrder(text, list));
          for (const step of steps) {
            const index = 'index' in step && list.length > 0 ? step.index % list.length : -1;
            if (step.kind === 'edited-text') text = step.edited ? edited : original;
            else if (step.kind === 'added')
              list = [...list, highlightIn(original, `a${next++}`, step.from, step.length)];
            else if (index < 0) continue;
            else if (step.kind === 'removed') list = list.filter((_, i) => i !== index);
            else {
              const replaced =
                step.kind === 'moved'
                  ? highlightIn(original, list[index]!.id, step.from, step.length)
                  : structuredClone(list[index]!);
              list = list.map((annotation, i) => (i === index ? replaced : annotation));
            }
            expect(anchor(text, list)).toEqual(anchorInReadingOrder(text, list));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('looks again for an annotation found by its neighbour’s shift when the neighbour goes', () => {
    const block = 'كازاخستان الطاقة Cameco ';
    const original = `مقدمة ${block.repeat(4)}عبارة فريدة في الوسط هنا ${block.repeat(8)}`;
    const cut = 'مقدمة '.length + block.length;
    const edited = `${original.slice(0, cut)}الصين في النووي ${original.slice(cut)}`;
    const unique = original.indexOf('فريدة');
    const neighbour = highlightIn(original, 'n', unique, 4);
    const x = highlightIn(original, 'x', original.lastIndexOf('Cameco') - 3 * block.length, 5);
    const found = (list: Annotation[]) =>
      anchorInReadingOrder(edited, list).find((item) => item.annotation === x)!.anchor;
    // Followed from the neighbour, x is found where it moved; alone, at the copy nearest its old place.
    expect(found([neighbour, x])).not.toEqual(found([x]));
    const anchor = createReadingOrderAnchorer();
    expect(anchor(edited, [neighbour, x])).toEqual(anchorInReadingOrder(edited, [neighbour, x]));
    expect(anchor(edited, [x])).toEqual(anchorInReadingOrder(edited, [x]));
  });

  const text = 'الصين في كازاخستان و الطاقة في كازاخستان و Cameco';
  const list = () => [
    highlightIn(text, 'a', 0, 4),
    highlightIn(text, 'b', 9, 8),
    highlightIn(text, 'c', 44, 5),
  ];

  it('keeps the items of unchanged annotations, and makes new ones only for what changed', () => {
    const anchor = createReadingOrderAnchorer();
    const annotations = list();
    const first = anchor(text, annotations);
    expect(anchor(text, [...annotations])).toEqual(first);
    anchor(text, annotations).forEach((item, i) => expect(item).toBe(first[i]));
    const changed = { ...annotations[1]!, color: 'blue' as const };
    const second = anchor(text, [annotations[0]!, changed, annotations[2]!]);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1]!.annotation).toBe(changed);
    expect(second[2]).toBe(first[2]);
  });

  it('anchors everything again in another text', () => {
    const anchor = createReadingOrderAnchorer();
    const annotations = list();
    const first = anchor(text, annotations);
    const edited = `مقدمة ${text}`;
    const second = anchor(edited, annotations);
    expect(second).toEqual(anchorInReadingOrder(edited, annotations));
    second.forEach((item, i) => expect(item).not.toBe(first[i]));
  });
});
