import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { NoteBody } from '@shared/annotations/annotation-model';
import { editBaseOf } from '@shared/annotations/merge-edit';
import { resolveConflict, saveAnnotationEdit } from '@renderer/storage/annotation-edits';
import { storedAnnotation } from '../../../support/stored-annotation';
import { testDatabases } from '../../../support/test-db';

const note = (text: string): NoteBody => ({ editorState: `{"t":"${text}"}`, text, markdown: text });
const dbWith = testDatabases('edits');

describe('saveAnnotationEdit: two windows, one note', () => {
  it('keeps both texts when two windows edit the same note from the same version', async () => {
    const original = storedAnnotation('a', 'doc', 1, { note: note('قبل') });
    const db = await dbWith(original);
    const base = editBaseOf(original);
    const options = { conflictTag: 'تعارض', db };
    // Both windows opened the note at the same version; the first save wins the id, the second merges.
    await saveAnnotationEdit(base, { note: note('النافذة الأولى') }, options);
    const second = await saveAnnotationEdit(base, { note: note('النافذة الثانية') }, options);

    const stored = await db.annotations.toArray();
    expect(stored.map((a) => a.note.text).sort()).toEqual(['النافذة الأولى', 'النافذة الثانية']);
    expect(second.conflictCopy?.conflictOf).toBe('a');
    expect((await db.annotations.get('a'))?.note.text).toBe('النافذة الثانية');
  });

  it('merges tags added in two windows without a conflict', async () => {
    const original = storedAnnotation('a', 'doc', 1, { tags: ['x'] });
    const db = await dbWith(original);
    const base = editBaseOf(original);
    await saveAnnotationEdit(base, { tags: ['x', 'من الأولى'] }, { conflictTag: 'c', db });
    const outcome = await saveAnnotationEdit(base, { tags: ['x', 'from second'] }, { conflictTag: 'c', db });
    expect(outcome.conflictCopy).toBeNull();
    expect((await db.annotations.get('a'))?.tags).toEqual(['x', 'من الأولى', 'from second']);
    expect(await db.annotations.count()).toBe(1);
  });

  it('writes nothing when the edit changes nothing (a second replay, a blur with nothing typed)', async () => {
    const original = storedAnnotation('a', 'doc', 1, { note: note('هو') });
    const db = await dbWith(original);
    await saveAnnotationEdit(editBaseOf(original), { note: note('هو') }, { conflictTag: 'c', db });
    expect(await db.annotations.get('a')).toEqual(original);
  });

  it('resolves a conflict either way in one step', async () => {
    const original = storedAnnotation('a', 'doc', 1, { note: note('الأصل'), tags: ['x'] });
    const db = await dbWith(original);
    const base = editBaseOf(original);
    await saveAnnotationEdit(base, { note: note('أولى') }, { conflictTag: 'تعارض', db });
    const { conflictCopy } = await saveAnnotationEdit(
      base,
      { note: note('ثانية') },
      { conflictTag: 'تعارض', db },
    );
    expect(conflictCopy).not.toBeNull();

    await resolveConflict(conflictCopy!, 'copy', { conflictTag: 'تعارض', db });
    expect(await db.annotations.count()).toBe(1);
    expect(await db.annotations.get('a')).toMatchObject({ note: note('أولى'), tags: ['x'] });
  });

  it('discarding the other version keeps the annotation as it is', async () => {
    const original = storedAnnotation('a', 'doc', 1, { note: note('الأصل') });
    const db = await dbWith(original);
    const base = editBaseOf(original);
    await saveAnnotationEdit(base, { note: note('أولى') }, { conflictTag: 'c', db });
    const { conflictCopy } = await saveAnnotationEdit(
      base,
      { note: note('ثانية') },
      { conflictTag: 'c', db },
    );
    await resolveConflict(conflictCopy!, 'original', { conflictTag: 'c', db });
    expect((await db.annotations.toArray()).map((a) => a.note.text)).toEqual(['ثانية']);
  });
});
