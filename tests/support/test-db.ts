import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach } from 'vitest';
import type { Annotation } from '@shared/annotations/annotation-model';
import { HamishDb } from '@renderer/storage/db';

/** A fresh database per call, holding `records`; every one is deleted after each test. */
export function testDatabases(prefix: string): (...records: Annotation[]) => Promise<HamishDb> {
  const opened: HamishDb[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) {
      db.close();
      await Dexie.delete(db.name);
    }
  });
  return async (...records) => {
    const db = new HamishDb(`${prefix}-${Math.random()}`);
    opened.push(db);
    await db.annotations.bulkPut(records);
    return db;
  };
}
