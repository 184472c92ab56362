import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { HamishDb, SCHEMA_V4, type AnnotationPack } from '@renderer/storage/db';
import { documentVersionKey } from '@renderer/storage/annotation-version';
import { listDocumentAnnotations, readDocumentAnnotations } from '@renderer/storage/annotation-store';
import { storedAnnotation } from '../../../support/stored-annotation';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

const annotations = [
  storedAnnotation('0b6c7d52-55f5-4a3e-9c1e-0f1e2d3c4b5a', 'china-interests-kazakhstan-2022', 40, {
    tags: ['دليل'],
    note: { editorState: null, text: 'ملاحظة', markdown: 'ملاحظة' },
  }),
  storedAnnotation('1c7d8e63-66a6-4b4f-8d2f-1a2b3c4d5e6f', 'china-interests-kazakhstan-2022', 3),
];
/** In key order, as the table lists them. */
const settings = [
  { key: documentVersionKey('china-interests-kazakhstan-2022'), value: 'token-1' },
  { key: 'colorMeanings', value: { blue: 'سؤال' } },
];
const backups = [{ id: 'b1', created: '2026-01-01', reason: 'daily', content: '{}' }];
const packs: AnnotationPack[] = [
  { documentId: 'china-interests-kazakhstan-2022', version: '/token-1', json: JSON.stringify(annotations) },
];

/** A library as schema version 4 wrote it, then opened by the current app. */
async function upgraded(): Promise<HamishDb> {
  const name = `hamish-v4-${Math.random()}`;
  names.push(name);
  const v4 = new Dexie(name);
  v4.version(4).stores(SCHEMA_V4);
  await v4.table('annotations').bulkPut(annotations);
  await v4.table('settings').bulkPut(settings);
  await v4.table('backups').bulkPut(backups);
  await v4.table('packs').bulkPut(packs);
  v4.close();
  return new HamishDb(name);
}

describe('schema version 5', () => {
  it('opens a version 4 library with every annotation, setting, backup and pack exactly as it was', async () => {
    const db = await upgraded();
    expect(await db.annotations.orderBy('id').toArray()).toEqual(annotations);
    expect(await db.settings.orderBy('key').toArray()).toEqual(settings);
    expect(await db.backups.toArray()).toEqual(backups);
    expect(await db.packs.toArray()).toEqual(packs);
    // The pack is still exact: the upgrade wrote no annotation, so the document opens from it.
    const reading = await readDocumentAnnotations('china-interests-kazakhstan-2022', db);
    expect(reading.fromPack).toBe(true);
    expect(reading.annotations).toEqual(annotations);
    expect(
      (await listDocumentAnnotations('china-interests-kazakhstan-2022', db)).map((a) => a.start),
    ).toEqual([3, 40]);
    db.close();
  });

  it('adds empty tables for documents, visits and counts, with their indexes', async () => {
    const db = await upgraded();
    expect([await db.documents.count(), await db.visits.count(), await db.tallies.count()]).toEqual([
      0, 0, 0,
    ]);
    expect(db.verno).toBeGreaterThanOrEqual(5);
    const indexes = db.documents.schema.indexes.map((index) => index.name).sort();
    expect(indexes).toEqual(['added', 'contentHash', 'fileName', 'titleKey']);
    db.close();
  });
});
