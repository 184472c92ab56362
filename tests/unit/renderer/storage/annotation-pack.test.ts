import 'fake-indexeddb/auto';
import Dexie, { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotations/annotation-model';
import { HamishDb, SCHEMA_V2 } from '@renderer/storage/db';
import {
  deleteAnnotations,
  listDocumentAnnotations,
  putAnnotation,
  readDocumentAnnotations,
  restoreDeleted,
  savePack,
  updateAnnotation,
} from '@renderer/storage/annotation-store';
import { storedAnnotation } from '../../../support/stored-annotation';

/** Arabic and Latin in the quote, the note and a tag: a pack must give them back exactly. */
function annotation(id: string, start: number, documentId = 'doc'): Annotation {
  return storedAnnotation(id, documentId, start, {
    tags: ['دليل'],
    note: { editorState: null, text: 'ملاحظة عن Cameco', markdown: 'ملاحظة عن **Cameco**' },
  });
}

const opened: HamishDb[] = [];
async function packedDb(): Promise<HamishDb> {
  const db = new HamishDb(`hamish-pack-${opened.length}-${Math.random()}`);
  opened.push(db);
  for (const record of [annotation('b', 50), annotation('a', 10), annotation('x', 5, 'other')]) {
    await putAnnotation(record, db);
  }
  expect(await savePack('doc', await readDocumentAnnotations('doc', db), db)).toBe(true);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('annotation packs', () => {
  it('reads a document record by record until packed, then from its pack, the same annotations', async () => {
    const db = new HamishDb(`hamish-pack-plain-${Math.random()}`);
    opened.push(db);
    await putAnnotation(annotation('b', 50), db);
    await putAnnotation(annotation('a', 10), db);
    const first = await readDocumentAnnotations('doc', db);
    expect(first.fromPack).toBe(false);
    expect(first.annotations.map((a) => a.id)).toEqual(['a', 'b']);
    expect(await savePack('doc', first, db)).toBe(true);
    const second = await readDocumentAnnotations('doc', db);
    expect(second).toEqual({ ...first, fromPack: true });
    expect((await readDocumentAnnotations('other', db)).fromPack).toBe(false);
  });

  // Every way the app (or anything using Dexie) writes annotations must make the pack stale.
  it.each<[string, (db: HamishDb) => Promise<unknown>]>([
    ['putAnnotation (new)', (db) => putAnnotation(annotation('c', 70), db)],
    ['putAnnotation (replace)', (db) => putAnnotation({ ...annotation('a', 10), color: 'blue' }, db)],
    ['updateAnnotation', (db) => updateAnnotation('a', { tags: ['سؤال'] }, new Date(), db)],
    ['deleteAnnotations', (db) => deleteAnnotations(['b'], db)],
    ['restoreDeleted', (db) => restoreDeleted([annotation('c', 70)], db)],
    ['Table.add', (db) => db.annotations.add(annotation('c', 70))],
    ['Table.bulkPut', (db) => db.annotations.bulkPut([annotation('c', 70), annotation('d', 80)])],
    ['Table.bulkDelete', (db) => db.annotations.bulkDelete(['a'])],
    ['Table.clear', (db) => db.annotations.clear()],
    ['Collection.modify', (db) => db.annotations.where('documentId').equals('doc').modify({ color: 'pink' })],
    ['Collection.delete', (db) => db.annotations.where('color').equals('yellow').delete()],
    [
      'an explicit transaction',
      (db) => db.transaction('rw', db.annotations, () => db.annotations.update('b', { color: 'green' })),
    ],
  ])('a pack is not used after %s', async (_, write) => {
    const db = await packedDb();
    await write(db);
    const reading = await readDocumentAnnotations('doc', db);
    expect(reading.fromPack).toBe(false);
    expect(reading.annotations).toEqual(await listDocumentAnnotations('doc', db));
  });

  it('is not disturbed by writes to other tables', async () => {
    const db = await packedDb();
    await db.settings.put({ key: 'colorMeanings', value: { yellow: 'دليل' } });
    await db.backups.put({ id: 'b1', created: '2026-01-01', reason: 'daily', content: '{}' });
    expect((await readDocumentAnnotations('doc', db)).fromPack).toBe(true);
  });

  // The token is per document: writing one document's annotations keeps every other document's pack.
  it.each<[string, (db: HamishDb) => Promise<unknown>]>([
    ['a new annotation', (db) => putAnnotation(annotation('y', 1, 'other'), db)],
    ['an edit', (db) => db.annotations.update('x', { color: 'blue' })],
    ['a delete', (db) => deleteAnnotations(['x'], db)],
  ])('is not disturbed by %s on another document', async (_, write) => {
    const db = await packedDb();
    await write(db);
    expect((await readDocumentAnnotations('doc', db)).fromPack).toBe(true);
    expect((await readDocumentAnnotations('other', db)).fromPack).toBe(false);
  });

  it('refuses to keep a reading when annotations were written after it was read', async () => {
    const db = await packedDb();
    await putAnnotation(annotation('c', 70), db);
    const reading = await readDocumentAnnotations('doc', db);
    await updateAnnotation('c', { color: 'purple' }, new Date(), db);
    expect(await savePack('doc', reading, db)).toBe(false);
    const fresh = await readDocumentAnnotations('doc', db);
    expect(fresh.fromPack).toBe(false);
    expect(fresh.annotations.find((a) => a.id === 'c')?.color).toBe('purple');
  });

  it('reads the records when a pack is damaged, and changes nothing stored', async () => {
    const db = await packedDb();
    const { version } = await readDocumentAnnotations('doc', db);
    await db.packs.put({ documentId: 'doc', version, json: '{"not": "a list"' });
    const reading = await readDocumentAnnotations('doc', db);
    expect(reading.fromPack).toBe(false);
    expect(reading.annotations.map((a) => a.id)).toEqual(['a', 'b']);
    expect(await db.annotations.count()).toBe(3);
  });

  it('lets a live query see a write after it opened from a pack', async () => {
    const db = await packedDb();
    const seen: string[][] = [];
    const subscription = liveQuery(() => readDocumentAnnotations('doc', db)).subscribe((reading) =>
      seen.push(reading.annotations.map((a) => `${a.id}:${a.color}`)),
    );
    await expect.poll(() => seen.length).toBe(1);
    expect(seen[0]).toEqual(['a:yellow', 'b:yellow']);
    await updateAnnotation('b', { color: 'green' }, new Date(), db);
    await expect.poll(() => seen.at(-1)).toEqual(['a:yellow', 'b:green']);
    subscription.unsubscribe();
  });

  it('opens a database written by schema version 2 with every record intact and no pack', async () => {
    const name = `hamish-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    const written = [annotation('a', 10), annotation('b', 50)];
    await v2.table('annotations').bulkPut(written);
    await v2.table('settings').put({ key: 'colorMeanings', value: { blue: 'سؤال' } });
    v2.close();

    const db = new HamishDb(name);
    opened.push(db);
    expect(await db.annotations.toArray()).toEqual(written);
    expect(await db.settings.get('colorMeanings')).toEqual({ key: 'colorMeanings', value: { blue: 'سؤال' } });
    expect(await db.packs.count()).toBe(0);
    const reading = await readDocumentAnnotations('doc', db);
    expect(reading).toEqual({ annotations: written, version: null, fromPack: false });
    expect(await savePack('doc', reading, db)).toBe(true);
    expect((await readDocumentAnnotations('doc', db)).fromPack).toBe(true);
  });
});
