import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotations/annotation-model';
import { HamishDb, SCHEMA_V1 } from '@renderer/storage/db';
import {
  deleteAnnotations,
  listDocumentAnnotations,
  putAnnotation,
  restoreDeleted,
  updateAnnotation,
} from '@renderer/storage/annotation-store';
import { documentVersionKey } from '@renderer/storage/annotation-version';
import { storedAnnotation } from '../../../support/stored-annotation';
import { isQuotaError, StorageFullError, withQuotaCheck } from '@renderer/storage/storage-errors';

function annotation(id: string, documentId: string, start: number, tags: string[] = []): Annotation {
  return storedAnnotation(id, documentId, start, { tags });
}

const names: string[] = [];
function dbName(): string {
  const name = `hamish-test-${names.length}-${Math.random()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('schema upgrades', () => {
  it('opens a database written by schema version 1 with every record intact', async () => {
    const name = dbName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    // "ا" + combining hamza above is how some keyboards type "أ": version 2 stores tags NFC.
    const written = [
      annotation('a', 'doc-one', 40, ['دليل', 'ا\u0654سئلة']),
      annotation('b', 'doc-one', 10),
      annotation('c', 'doc-two', 5, ['x', 'x']),
    ];
    await v1.table('annotations').bulkPut(written);
    v1.close();

    const db = new HamishDb(name);
    const read = await db.annotations.toArray();
    expect(read).toHaveLength(3);
    const byId = new Map(read.map((a) => [a.id, a]));
    for (const original of written) {
      const { tags, ...rest } = original;
      const { tags: upgradedTags, ...upgradedRest } = byId.get(original.id)!;
      expect(upgradedRest).toEqual(rest);
      expect(upgradedTags).toEqual([...new Set(tags.map((tag) => tag.normalize('NFC')))]);
    }
    expect(byId.get('a')!.tags).toEqual(['دليل', 'أسئلة']);
    // Version 2's reading-order index works on the upgraded data.
    expect((await listDocumentAnnotations('doc-one', db)).map((a) => a.id)).toEqual(['b', 'a']);
    // The upgrade's rewrite of the records is stamped like any write (annotation-version.ts), per document.
    expect((await db.settings.toArray()).map((setting) => setting.key).sort()).toEqual([
      documentVersionKey('doc-one'),
      documentVersionKey('doc-two'),
    ]);
    db.close();
  });
});

describe('annotation store', () => {
  it('lists one document in reading order and updates the modified time on edit', async () => {
    const db = new HamishDb(dbName());
    await putAnnotation(annotation('late', 'doc', 900), db);
    await putAnnotation(annotation('early', 'doc', 3), db);
    await putAnnotation(annotation('other', 'elsewhere', 1), db);
    expect((await listDocumentAnnotations('doc', db)).map((a) => a.id)).toEqual(['early', 'late']);
    await updateAnnotation('early', { color: 'blue', tags: ['t'] }, new Date('2026-05-05T00:00:00Z'), db);
    const updated = await db.annotations.get('early');
    expect(updated).toMatchObject({ color: 'blue', tags: ['t'], modified: '2026-05-05T00:00:00.000Z' });
    db.close();
  });

  it('returns what it deleted, so undo puts back exactly the same records', async () => {
    const db = new HamishDb(dbName());
    const records = [annotation('a', 'doc', 1, ['x']), annotation('b', 'doc', 2)];
    for (const record of records) await putAnnotation(record, db);
    const removed = await deleteAnnotations(['a', 'b', 'missing'], db);
    expect(removed).toEqual(records);
    expect(await db.annotations.count()).toBe(0);
    await restoreDeleted(removed, db);
    expect(await listDocumentAnnotations('doc', db)).toEqual(records);
    db.close();
  });
});

describe('quota errors', () => {
  const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
  it.each([
    ['bare', quota, true],
    [
      'wrapped in an AbortError',
      Object.assign(new Error('abort'), { name: 'AbortError', inner: quota }),
      true,
    ],
    ['as a cause', new Error('outer', { cause: quota }), true],
    ['another error', new TypeError('nope'), false],
  ])('recognizes %s', (_, error, expected) => {
    expect(isQuotaError(error)).toBe(expected);
  });

  it('turns them into StorageFullError and passes other errors through', async () => {
    await expect(withQuotaCheck(() => Promise.reject(quota))).rejects.toBeInstanceOf(StorageFullError);
    await expect(withQuotaCheck(() => Promise.reject(new TypeError('x')))).rejects.toBeInstanceOf(TypeError);
  });
});
