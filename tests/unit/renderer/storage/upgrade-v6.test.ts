import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { HamishDb, SCHEMA_V5 } from '@renderer/storage/db';
import { listDocumentAnnotations } from '@renderer/storage/annotation-store';
import { packFor } from '@renderer/storage/pack-store';
import { storedAnnotation } from '../../../support/stored-annotation';

const names: string[] = [];
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

const SEED = 'china-interests-kazakhstan-2022';
const annotations = [
  storedAnnotation('0b6c7d52-55f5-4a3e-9c1e-0f1e2d3c4b5a', SEED, 40, {
    note: { editorState: null, text: 'ملاحظة', markdown: 'ملاحظة' },
  }),
  storedAnnotation('1c7d8e63-66a6-4b4f-8d2f-1a2b3c4d5e6f', SEED, 3),
];
const visits = [{ documentId: SEED, lastOpened: '2026-11-30T10:00:00.000Z' }];
const settings = [{ key: 'readerName', value: 'سلمى' }];

/** A library as schema version 5 wrote it, then opened by the current app. */
async function upgraded(): Promise<HamishDb> {
  const name = `hamish-v5-${Math.random()}`;
  names.push(name);
  const v5 = new Dexie(name);
  v5.version(5).stores(SCHEMA_V5);
  await v5.table('annotations').bulkPut(annotations);
  await v5.table('visits').bulkPut(visits);
  await v5.table('settings').bulkPut(settings);
  v5.close();
  const db = new HamishDb(name);
  await db.open();
  return db;
}

describe('schema version 6', () => {
  it('keeps every annotation, visit and setting of a version 5 library', async () => {
    const db = await upgraded();
    expect(await listDocumentAnnotations(SEED, db)).toEqual([annotations[1], annotations[0]]);
    expect(await db.visits.toArray()).toEqual(visits);
    expect(await db.settings.toArray()).toEqual(settings);
    db.close();
  });

  it('adds empty tables for readers, reading packs, answer files and marks, with their indexes', async () => {
    const db = await upgraded();
    expect(db.verno).toBe(6);
    const counts = await Promise.all(
      [db.readers, db.classPacks, db.answerFiles, db.answerMarks].map((t) => t.count()),
    );
    expect(counts).toEqual([0, 0, 0, 0]);
    expect(db.classPacks.schema.indexes.map((index) => index.name)).toEqual(['documentId']);
    expect(db.answerFiles.schema.indexes.map((index) => index.name).sort()).toEqual([
      '[packId+readerId]',
      'packId',
    ]);
    expect(await packFor(SEED, db)).toBeNull();
    db.close();
  });
});
