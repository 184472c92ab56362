import 'fake-indexeddb/auto';
import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { HamishDb } from '@renderer/storage/db';
import { documentVersionKey } from '@renderer/storage/annotation-version';
import { annotationChange, MAX_PATCHED_RECORDS } from '@renderer/storage/mutated-annotations';
import { storedAnnotation } from '../../../support/stored-annotation';

const opened: HamishDb[] = [];
async function seededDb(): Promise<HamishDb> {
  const db = new HamishDb(`hamish-mutated-${opened.length}-${Math.random()}`);
  opened.push(db);
  await db.annotations.bulkPut([
    storedAnnotation('a', 'doc', 10),
    storedAnnotation('b', 'doc', 20),
    storedAnnotation('x', 'other', 5),
  ]);
  return db;
}
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** The parts Dexie announces for one write to `db`, as this window sees them. */
async function partsOf(db: HamishDb, write: () => Promise<unknown>): Promise<ObservabilitySet> {
  const seen: ObservabilitySet[] = [];
  const listener = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((part) => part.startsWith(`idb://${db.name}/`))) seen.push(parts);
  };
  Dexie.on.storagemutated.subscribe(listener);
  try {
    await write();
    await expect.poll(() => seen.length).toBeGreaterThan(0);
  } finally {
    Dexie.on.storagemutated.unsubscribe(listener);
  }
  expect(seen).toHaveLength(1);
  return seen[0]!;
}

const many = (count: number) =>
  Array.from({ length: count }, (_, i) => storedAnnotation(`m${i}`, 'doc', 100 + i));

describe('what a storage change means for a document’s annotations', () => {
  it.each<[string, (db: HamishDb) => Promise<unknown>, string[] | 'everything']>([
    ['a put', (db) => db.annotations.put(storedAnnotation('c', 'doc', 30)), ['c']],
    ['an update', (db) => db.annotations.update('a', { color: 'blue' }), ['a']],
    ['a delete', (db) => db.annotations.delete('b'), ['b']],
    ['a bulkDelete', (db) => db.annotations.bulkDelete(['a', 'x']), ['a', 'x']],
    ['a small bulkPut', (db) => db.annotations.bulkPut(many(3)), ['m0', 'm1', 'm2']],
    ['a write to another document', (db) => db.annotations.put(storedAnnotation('y', 'other', 1)), ['y']],
    ['a bulkPut Dexie tracks as a range', (db) => db.annotations.bulkPut(many(60)), 'everything'],
    ['a clear', (db) => db.annotations.clear(), 'everything'],
    ['a delete by key range', (db) => db.annotations.where('id').between('a', 'c').delete(), 'everything'],
    ['a setting', (db) => db.settings.put({ key: 'colorMeanings', value: {} }), []],
    [
      'the document’s version alone',
      (db) => db.settings.put({ key: documentVersionKey('doc'), value: 'restored' }),
      'everything',
    ],
    ['the settings cleared', (db) => db.settings.clear(), 'everything'],
  ])('%s', async (_, write, expected) => {
    const db = await seededDb();
    const parts = await partsOf(db, () => write(db));
    const change = annotationChange(parts, db.name, 'doc');
    expect(typeof change === 'string' ? change : [...change].sort()).toEqual(expected);
    // Another window's change arrives through BroadcastChannel: a structured clone, without prototypes.
    expect(annotationChange(structuredClone(parts), db.name, 'doc')).toEqual(change);
  });

  it('ignores another database’s changes', async () => {
    const db = await seededDb();
    const parts = await partsOf(db, () => db.annotations.put(storedAnnotation('c', 'doc', 30)));
    expect(annotationChange(parts, 'another-database', 'doc')).toEqual([]);
  });

  it.each<[string, ObservabilitySet]>([
    [
      'everything at once (a page restored from the back-forward cache)',
      { all: new RangeSet(-Infinity, [[]]) },
    ],
    ['index parts without the primary keys', { 'idb://db/annotations/documentId': new RangeSet('doc') }],
    ['a key that is not a string', { 'idb://db/annotations/': new RangeSet(7) }],
    ['a tree node that is not an object', { 'idb://db/annotations/': 'a' as unknown as RangeSet }],
    [
      `more than ${MAX_PATCHED_RECORDS} keys`,
      {
        'idb://db/annotations/': new RangeSet().addKeys(
          Array.from({ length: MAX_PATCHED_RECORDS + 1 }, (_, i) => `k${i}`),
        ),
      },
    ],
  ])('reads everything for %s', (_, parts) => {
    expect(annotationChange(parts, 'db', 'doc')).toBe('everything');
  });

  it(`patches up to ${MAX_PATCHED_RECORDS} keys, deleted ones included`, () => {
    const keys = Array.from({ length: MAX_PATCHED_RECORDS }, (_, i) => `k${i}`);
    const parts = {
      'idb://db/annotations/': new RangeSet().addKeys(keys),
      'idb://db/annotations/:dels': new RangeSet().addKeys(['k0', 'k1']),
      'idb://db/annotations/color': new RangeSet('yellow', 'zzz'),
    };
    expect([...(annotationChange(parts, 'db', 'doc') as string[])].sort()).toEqual([...keys].sort());
  });
});
