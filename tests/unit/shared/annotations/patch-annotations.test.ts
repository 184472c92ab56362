import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotations/annotation-model';
import { keepUnchanged, patchAnnotations } from '@shared/annotations/patch-annotations';
import { storedAnnotation } from '../../../support/stored-annotation';

const at = (id: string, start: number, overrides: Partial<Annotation> = {}) =>
  storedAnnotation(id, 'doc', start, overrides);

/** Three highlights in stored order; two share a start, so the id breaks the tie. */
function current(): Annotation[] {
  return [at('a', 10), at('b', 20), at('c', 20)];
}

const ids = (list: readonly Annotation[] | null) => list?.map((a) => `${a.id}@${a.start}:${a.color}`);

describe('patching a document’s annotations with records read again', () => {
  it.each<[string, string[], Annotation[], string[]]>([
    [
      'a new record joins in order',
      ['n'],
      [at('n', 15)],
      ['a@10:yellow', 'n@15:yellow', 'b@20:yellow', 'c@20:yellow'],
    ],
    [
      'a tie on start goes by id',
      ['bb'],
      [at('bb', 20)],
      ['a@10:yellow', 'b@20:yellow', 'bb@20:yellow', 'c@20:yellow'],
    ],
    [
      'a changed record is replaced',
      ['b'],
      [at('b', 20, { color: 'blue' })],
      ['a@10:yellow', 'b@20:blue', 'c@20:yellow'],
    ],
    ['a record that moved is reordered', ['a'], [at('a', 30)], ['b@20:yellow', 'c@20:yellow', 'a@30:yellow']],
    ['a deleted record leaves', ['b'], [], ['a@10:yellow', 'c@20:yellow']],
    [
      'another document’s record is dropped',
      ['x'],
      [storedAnnotation('x', 'other', 1)],
      ['a@10:yellow', 'b@20:yellow', 'c@20:yellow'],
    ],
    [
      'several at once, in any order',
      ['z', 'a', 'm'],
      [at('z', 1), at('m', 25), at('a', 5, { color: 'pink' })],
      ['z@1:yellow', 'a@5:pink', 'b@20:yellow', 'c@20:yellow', 'm@25:yellow'],
    ],
    // IndexedDB orders strings by UTF-16 code units: U+FB00 sorts after the surrogates of U+1F600.
    [
      'ids order by code unit',
      ['\u{1F600}', '\uFB00'],
      [at('\uFB00', 20), at('\u{1F600}', 20)],
      ['a@10:yellow', 'b@20:yellow', 'c@20:yellow', '\u{1F600}@20:yellow', '\uFB00@20:yellow'],
    ],
  ])('%s', (_, changed, records, expected) => {
    const before = current();
    const after = patchAnnotations(before, 'doc', new Set(changed), records);
    expect(ids(after)).toEqual(expected);
    for (const annotation of after ?? []) {
      if (!changed.includes(annotation.id)) expect(before).toContain(annotation);
    }
  });

  it('keeps the objects of unchanged annotations, and the object of one written again unchanged', () => {
    const before = current();
    const after = patchAnnotations(before, 'doc', new Set(['a', 'b']), [
      at('a', 10),
      at('b', 20, { note: { editorState: null, text: 'x', markdown: 'x' } }),
    ])!;
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[1]!.note.text).toBe('x');
    expect(after[2]).toBe(before[2]);
  });

  it.each<[string, string[], Annotation[]]>([
    ['nothing was found', ['x'], []],
    ['only another document changed', ['x'], [storedAnnotation('x', 'other', 1)]],
    ['a record was written again unchanged', ['b'], [at('b', 20)]],
  ])('returns the same list when %s', (_, changed, records) => {
    const before = current();
    expect(patchAnnotations(before, 'doc', new Set(changed), records)).toBe(before);
  });

  it.each<[string, Annotation[], Annotation[]]>([
    ['a record’s start is not a number', current(), [at('b', '20' as unknown as number)]],
    ['a record’s start is NaN', current(), [at('b', Number.NaN)]],
    ['a shown annotation’s start is not a number', [at('a', '10' as unknown as number)], [at('b', 20)]],
    ['a record was not asked for', current(), [at('q', 20)]],
  ])('gives up (a whole reading is needed) when %s', (_, before, records) => {
    expect(patchAnnotations(before, 'doc', new Set(['b']), records)).toBeNull();
  });
});

describe('keeping unchanged objects across a whole reading', () => {
  it('keeps every unchanged object and the list itself when nothing changed', () => {
    const before = current();
    expect(keepUnchanged(before, current())).toBe(before);
  });

  it('replaces only what changed', () => {
    const before = current();
    const fresh = [at('a', 10), at('c', 20, { tags: ['سؤال'] }), at('d', 40)];
    const after = keepUnchanged(before, fresh);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(fresh[1]);
    expect(after[2]).toBe(fresh[2]);
    expect(after).toEqual(fresh);
  });
});
