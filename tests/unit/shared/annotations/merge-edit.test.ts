import { describe, expect, it } from 'vitest';
import type { Annotation, NoteBody } from '@shared/annotations/annotation-model';
import {
  conflictCopyOf,
  editBaseOf,
  mergeEdit,
  mergeTags,
  nextModified,
} from '@shared/annotations/merge-edit';
import { storedAnnotation } from '../../../support/stored-annotation';

const note = (text: string): NoteBody => ({ editorState: `{"t":"${text}"}`, text, markdown: text });
const base = storedAnnotation('a', 'doc', 10, { tags: ['دليل', 'x'], note: note('أصل') });
const now = new Date('2026-12-01T10:00:00.000Z');
const theirs = (changes: Partial<Annotation>): Annotation => ({
  ...base,
  ...changes,
  modified: '2026-06-01T00:00:00.000Z',
});
const merge = (edit: Parameters<typeof mergeEdit>[0]['edit'], current: Annotation | undefined) =>
  mergeEdit({ base: editBaseOf(base), edit, current, now, conflictTag: 'تعارض' });

describe('mergeTags', () => {
  it.each([
    ['an addition on each side', ['a'], ['a', 'b'], ['a', 'c'], ['a', 'c', 'b']],
    ['a removal here, an addition there', ['a', 'b'], ['a'], ['a', 'b', 'c'], ['a', 'c']],
    ['the same addition on both sides', ['a'], ['a', 'b'], ['a', 'b'], ['a', 'b']],
    ['a removal there survives', ['a', 'b'], ['a', 'b', 'c'], ['a'], ['a', 'c']],
  ])('%s', (_, before, mine, other, expected) => {
    expect(mergeTags(before, mine, other)).toEqual(expected);
  });
});

describe('mergeEdit: compare-and-set with a three-way merge', () => {
  it('applies the edit when the record is as the edit found it', () => {
    const outcome = merge({ note: note('جديد') }, base);
    expect(outcome.conflictCopy).toBeNull();
    expect(outcome.record).toMatchObject({ id: 'a', note: note('جديد'), tags: base.tags });
    expect(outcome.record!.modified).toBe(now.toISOString());
  });

  it('merges fields only one side changed: their tags, my note', () => {
    const outcome = merge({ note: note('ملاحظتي') }, theirs({ tags: ['دليل', 'x', 'سؤال'] }));
    expect(outcome.conflictCopy).toBeNull();
    expect(outcome.record).toMatchObject({ note: note('ملاحظتي'), tags: ['دليل', 'x', 'سؤال'] });
  });

  it('merges tags from both sides as sets', () => {
    const outcome = merge({ tags: ['دليل', 'x', 'mine'] }, theirs({ tags: ['دليل', 'theirs'] }));
    expect(outcome.record?.tags).toEqual(['دليل', 'theirs', 'mine']);
    expect(outcome.conflictCopy).toBeNull();
  });

  it('keeps both notes when both sides changed the note: mine under the id, theirs as a conflict copy', () => {
    const other = theirs({ note: note('نافذة أخرى') });
    const outcome = merge({ note: note('هذه النافذة') }, other);
    expect(outcome.record).toMatchObject({ id: 'a', note: note('هذه النافذة') });
    expect(outcome.conflictCopy).toMatchObject({
      note: note('نافذة أخرى'),
      conflictOf: 'a',
      tags: ['دليل', 'x', 'تعارض'],
      modified: other.modified,
    });
    expect(outcome.conflictCopy!.id).not.toBe('a');
  });

  it('keeps both colours as versions when both sides recoloured differently', () => {
    const outcome = merge({ color: 'blue' }, theirs({ color: 'pink' }));
    expect(outcome.record?.color).toBe('blue');
    expect(outcome.conflictCopy?.color).toBe('pink');
  });

  it('merges an answer’s choice changed here with a note changed there, and keeps both choices apart', () => {
    const answer = { ...base, replyTo: 'q-1', choice: 0 };
    const mergeAnswer = (edit: Parameters<typeof merge>[0], current: Annotation) =>
      mergeEdit({ base: editBaseOf(answer), edit, current, now, conflictTag: 'تعارض' });
    const otherNote = { ...answer, note: note('هناك'), modified: '2026-06-01T00:00:00.000Z' };
    const merged = mergeAnswer({ choice: 2 }, otherNote);
    expect(merged.record).toMatchObject({ choice: 2, note: note('هناك'), replyTo: 'q-1' });
    expect(merged.conflictCopy).toBeNull();
    const otherChoice = { ...answer, choice: 1, modified: '2026-06-01T00:00:00.000Z' };
    const clashed = mergeAnswer({ choice: 2 }, otherChoice);
    expect(clashed.record?.choice).toBe(2);
    expect(clashed.conflictCopy?.choice).toBe(1);
  });

  it('is no conflict when the other side wrote the same note', () => {
    const outcome = merge({ note: note('نفسه') }, theirs({ note: note('نفسه') }));
    expect(outcome.conflictCopy).toBeNull();
  });

  it('re-creates an annotation deleted elsewhere when the edit holds a note, and drops a tag-only edit', () => {
    expect(merge({ note: note('كلماتي') }, undefined).record).toMatchObject({
      id: 'a',
      note: note('كلماتي'),
    });
    expect(merge({ tags: ['y'] }, undefined).record).toBeNull();
  });

  it('always moves modified strictly forward, even when the clock is behind', () => {
    expect(nextModified(new Date('2020-01-01T00:00:00.000Z'), '2026-01-01T00:00:00.000Z')).toBe(
      '2026-01-01T00:00:00.001Z',
    );
  });

  it('derives the same conflict copy from the same version (a replay makes it once)', () => {
    const other = theirs({ note: note('مرة') });
    expect(conflictCopyOf(other, 'c').id).toBe(conflictCopyOf(other, 'c').id);
    expect(conflictCopyOf(other, 'c').id).not.toBe(conflictCopyOf(theirs({ note: note('مرتان') }), 'c').id);
  });
});
