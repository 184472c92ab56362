import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotations/annotation-model';
import { HamishDb, SCHEMA_V3 } from '@renderer/storage/db';
import { noteFromMarkdown, noteFromStateJson } from '@renderer/notes/note-serialization';
import { HOSTILE_NOTE_STATES } from '../../../support/hostile-note-states';
import { storedAnnotation } from '../../../support/stored-annotation';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

/** A library as schema version 3 wrote it, then opened by the current app. */
async function upgraded(records: Annotation[]): Promise<HamishDb> {
  const name = `hamish-v3-${Math.random()}`;
  names.push(name);
  const v3 = new Dexie(name);
  v3.version(3).stores(SCHEMA_V3);
  await v3.table('annotations').bulkPut(records);
  await v3.table('settings').put({ key: 'colorMeanings', value: { blue: 'سؤال' } });
  await v3.table('backups').put({ id: 'b1', created: '2026-01-01', reason: 'daily', content: '{}' });
  v3.close();
  return new HamishDb(name);
}

const overlay = HOSTILE_NOTE_STATES[0]!;

describe('schema version 4', () => {
  it('opens a version 3 library with every ordinary record, setting and backup exactly as it was', async () => {
    const ordinary = [
      storedAnnotation('0b6c7d52-55f5-4a3e-9c1e-0f1e2d3c4b5a', 'doc', 3, {
        note: noteFromMarkdown('رأي **مهم**'),
      }),
      storedAnnotation('1c7d8e63-66a6-4b4f-8d2f-1a2b3c4d5e6f', 'doc', 40, { tags: ['دليل'] }),
    ];
    const db = await upgraded(ordinary);
    expect(await db.annotations.orderBy('id').toArray()).toEqual(ordinary);
    expect(await db.settings.get('colorMeanings')).toEqual({ key: 'colorMeanings', value: { blue: 'سؤال' } });
    expect(await db.backups.count()).toBe(1);
    db.close();
  });

  it('stores ids lower-case, keeping both records when two ids differ only in case', async () => {
    const lower = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';
    const db = await upgraded([
      storedAnnotation(lower.toUpperCase(), 'doc', 1, {
        modified: '2026-03-01T00:00:00.000Z',
        color: 'blue',
      }),
      storedAnnotation(lower, 'doc', 1, { modified: '2026-02-01T00:00:00.000Z' }),
      storedAnnotation('ABCDEF01-2345-4678-89AB-CDEF01234567', 'doc', 9),
    ]);
    const ids = (await db.annotations.toArray()).map((a) => a.id);
    expect(ids).toContain('abcdef01-2345-4678-89ab-cdef01234567');
    expect(ids.filter((id) => id !== id.toLowerCase())).toEqual([]);
    expect(await db.annotations.count()).toBe(3);
    // The newer of the two keeps the id; the older stays beside it as a version to resolve.
    expect((await db.annotations.get(lower))?.color).toBe('blue');
    const copy = (await db.annotations.toArray()).find((a) => a.conflictOf === lower);
    expect(copy?.modified).toBe('2026-02-01T00:00:00.000Z');
    db.close();
  });

  it('sanitizes a note state an earlier restore let in, keeping its words', async () => {
    const db = await upgraded([
      storedAnnotation('2d8e9f74-77b7-4c5a-9e3a-2b3c4d5e6f70', 'doc', 1, {
        note: {
          editorState: overlay.editorState,
          text: overlay.fallbackText,
          markdown: overlay.fallbackText,
        },
      }),
    ]);
    const [stored] = await db.annotations.toArray();
    for (const forbidden of overlay.forbidden) expect(stored!.note.editorState).not.toContain(forbidden);
    expect(stored!.note.editorState).not.toMatch(/"style":"[^"]/);
    // It loads in the note editor, with every word.
    const loaded = noteFromStateJson(stored!.note.editorState!);
    for (const word of overlay.survivingWords) expect(loaded.text).toContain(word);
    db.close();
  });
});
