import 'fake-indexeddb/auto';
import Dexie, { type DBCore, type Middleware } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS, type Annotation } from '@shared/annotations/annotation-model';
import { HamishDb } from '@renderer/storage/db';
import { documentVersionKey } from '@renderer/storage/annotation-version';
import {
  deleteAnnotations,
  listDocumentAnnotations,
  putAnnotation,
  readDocumentAnnotations,
  restoreDeleted,
  savePack,
  updateAnnotation,
} from '@renderer/storage/annotation-store';
import { watchDocumentAnnotations, type WatchUpdate } from '@renderer/storage/annotation-watch';
import { storedAnnotation } from '../../../support/stored-annotation';

/** Reads of the annotations table: whole (the document's index) or by key (a patch). */
interface ReadLog {
  whole: number;
  byKey: number;
  failByKey: boolean;
}

function logReads(log: ReadLog): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'test-read-log',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'annotations') return table;
        return {
          ...table,
          query: (request) => {
            log.whole += 1;
            return table.query(request);
          },
          getMany: (request) => {
            log.byKey += 1;
            return log.failByKey
              ? Promise.reject(new Error('the disk is unreadable'))
              : table.getMany(request);
          },
        };
      },
    }),
  };
}

const opened: HamishDb[] = [];
const stops: (() => void)[] = [];
afterEach(async () => {
  stops.splice(0).forEach((stop) => stop());
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

const SEED = [
  storedAnnotation('a', 'doc', 10),
  storedAnnotation('b', 'doc', 20),
  storedAnnotation('c', 'doc', 30),
  storedAnnotation('x', 'other', 5),
];

/**
 * A database seeded through one connection (`store`, for the test's own writes and reads) and a second,
 * whose annotation reads are logged (`db`, for the watcher): the log counts only what the watcher reads.
 */
async function seededDb(
  seed: readonly Annotation[] = SEED,
): Promise<{ db: HamishDb; store: HamishDb; reads: ReadLog }> {
  const name = `hamish-watch-${opened.length}-${Math.random()}`;
  const store = new HamishDb(name);
  const db = new HamishDb(name);
  opened.push(store, db);
  const reads: ReadLog = { whole: 0, byKey: 0, failByKey: false };
  db.use(logReads(reads));
  if (seed.length > 0) await store.annotations.bulkPut([...seed]);
  return { db, store, reads };
}

interface Followed {
  updates: WatchUpdate[];
  latest(): Annotation[] | undefined;
}

async function follow(db: HamishDb, packAfterMs = 60_000): Promise<Followed> {
  const updates: WatchUpdate[] = [];
  stops.push(watchDocumentAnnotations('doc', (update) => updates.push(update), { db, packAfterMs }));
  const latest = () => {
    const last = updates.at(-1);
    return last && 'annotations' in last ? last.annotations : undefined;
  };
  await expect.poll(latest).toBeDefined();
  return { updates, latest };
}

/** Waits until the feed shows exactly what is stored, then a little longer: nothing stale may follow. */
async function settled(store: HamishDb, followed: Followed): Promise<Annotation[]> {
  const stored = await listDocumentAnnotations('doc', store);
  await expect.poll(followed.latest).toEqual(stored);
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(followed.latest()).toEqual(stored);
  return followed.latest()!;
}

const note = (text: string) => ({ editorState: null, text, markdown: text });

describe('following a document’s annotations', () => {
  it('reads the document whole first, in stored order, without other documents', async () => {
    const { db, reads } = await seededDb();
    const followed = await follow(db);
    expect(followed.latest()!.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(reads.whole).toBe(1);
    expect(followed.updates).toHaveLength(1);
  });

  // Writes to a few records re-read only those; everything else keeps its object.
  it.each<[string, (db: HamishDb) => Promise<unknown>, string[]]>([
    ['putAnnotation (new)', (db) => putAnnotation(storedAnnotation('d', 'doc', 15), db), ['d']],
    [
      'putAnnotation (replace)',
      (db) => putAnnotation(storedAnnotation('a', 'doc', 10, { color: 'blue' }), db),
      ['a'],
    ],
    [
      'updateAnnotation (a note saved)',
      (db) => updateAnnotation('b', { note: note('ملاحظة') }, new Date(), db),
      ['b'],
    ],
    ['putAnnotation (moved)', (db) => putAnnotation(storedAnnotation('a', 'doc', 40), db), ['a']],
    ['deleteAnnotations', (db) => deleteAnnotations(['c'], db), ['c']],
    [
      'Table.bulkPut',
      (db) => db.annotations.bulkPut([storedAnnotation('d', 'doc', 5), storedAnnotation('e', 'doc', 20)]),
      ['d', 'e'],
    ],
    ['Table.bulkDelete', (db) => db.annotations.bulkDelete(['a', 'b']), ['a', 'b']],
    ['restoreDeleted', async (db) => restoreDeleted(await deleteAnnotations(['b'], db), db), ['b']],
    [
      'Collection.modify',
      (db) => db.annotations.where('documentId').equals('doc').modify({ color: 'pink' }),
      ['a', 'b', 'c'],
    ],
    [
      'an explicit transaction',
      (db) => db.transaction('rw', db.annotations, () => db.annotations.update('c', { tags: ['دليل'] })),
      ['c'],
    ],
  ])('follows %s by re-reading only the records written', async (_, write, changed) => {
    const { db, store, reads } = await seededDb();
    const followed = await follow(db);
    const before = followed.latest()!;
    await write(store);
    const after = await settled(store, followed);
    expect(reads.whole).toBe(1);
    expect(reads.byKey).toBeGreaterThan(0);
    for (const annotation of after) {
      if (!changed.includes(annotation.id)) expect(before).toContain(annotation);
    }
  });

  it('ignores a write to another document: no new list, nothing to redraw', async () => {
    const { db, store, reads } = await seededDb();
    const followed = await follow(db);
    await putAnnotation(storedAnnotation('y', 'other', 1), store);
    await store.annotations.update('x', { color: 'green' });
    // One read by key or two: writes that arrive together are read together.
    await expect.poll(() => reads.byKey).toBeGreaterThanOrEqual(1);
    await settled(store, followed);
    expect(followed.updates).toHaveLength(1);
    expect(reads.whole).toBe(1);
  });

  it.each<[string, (db: HamishDb) => Promise<unknown>]>([
    ['Table.clear', (db) => db.annotations.clear()],
    ['a delete by key range', (db) => db.annotations.where('id').between('a', 'c').delete()],
    [
      'a bulkPut of 60 records',
      (db) =>
        db.annotations.bulkPut(Array.from({ length: 60 }, (_, i) => storedAnnotation(`m${i}`, 'doc', i))),
    ],
  ])('reads the document whole again after %s', async (_, write) => {
    const { db, store, reads } = await seededDb();
    const followed = await follow(db);
    await write(store);
    await settled(store, followed);
    expect(reads.whole).toBe(2);
  });

  it('starts from the pack when it is exact', async () => {
    const { db, store, reads } = await seededDb();
    const { version } = await readDocumentAnnotations('doc', store);
    // A pack that differs from the records shows that the pack, not the records, was read.
    const packed = [storedAnnotation('p', 'doc', 1)];
    expect(await savePack('doc', { annotations: packed, version }, store)).toBe(true);
    const followed = await follow(db);
    expect(followed.latest()).toEqual(packed);
    expect(reads.whole).toBe(0);
  });

  it('stops following when stopped', async () => {
    const { db, store, reads } = await seededDb();
    const updates: WatchUpdate[] = [];
    const stop = watchDocumentAnnotations('doc', (update) => updates.push(update), { db });
    await expect.poll(() => updates.length).toBe(1);
    stop();
    await putAnnotation(storedAnnotation('d', 'doc', 15), store);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(updates).toHaveLength(1);
    expect(reads.byKey).toBe(0);
  });

  it('surfaces a failed reading, then reads whole again at the next write', async () => {
    const { db, store, reads } = await seededDb();
    const followed = await follow(db);
    reads.failByKey = true;
    await updateAnnotation('a', { color: 'blue' }, new Date(), store);
    await expect.poll(() => followed.updates.some((update) => 'error' in update)).toBe(true);
    reads.failByKey = false;
    await updateAnnotation('b', { color: 'green' }, new Date(), store);
    await settled(store, followed);
    expect(reads.whole).toBe(2);
  });
});

/** Writes as another window would, straight to IndexedDB, whose news (Dexie's event) has not arrived. */
function unannouncedPut(db: HamishDb, annotation: Annotation): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(db.name);
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const raw = request.result;
      const transaction = raw.transaction(['annotations', 'settings'], 'readwrite');
      transaction.objectStore('annotations').put(annotation);
      transaction.objectStore('settings').put({ key: documentVersionKey('doc'), value: crypto.randomUUID() });
      transaction.oncomplete = () => {
        raw.close();
        resolve();
      };
      transaction.onerror = () => reject(transaction.error);
    };
  });
}

describe('packing what is followed', () => {
  it('packs the first reading from the records after a quiet spell, exactly', async () => {
    const { db, store } = await seededDb();
    await follow(db, 20);
    await expect.poll(async () => (await readDocumentAnnotations('doc', store)).fromPack).toBe(true);
    expect((await readDocumentAnnotations('doc', store)).annotations).toEqual(
      await listDocumentAnnotations('doc', store),
    );
  });

  it('packs only a whole reading, never a patched list a write may have passed by', async () => {
    const { db, store, reads } = await seededDb();
    const followed = await follow(db, 50);
    await expect.poll(async () => (await readDocumentAnnotations('doc', store)).fromPack).toBe(true);
    await unannouncedPut(store, storedAnnotation('u', 'doc', 25));
    await updateAnnotation('a', { note: note('typed') }, new Date(), store);
    await expect.poll(async () => (await readDocumentAnnotations('doc', store)).fromPack).toBe(true);
    const stored = await listDocumentAnnotations('doc', store);
    expect(stored.map((a) => a.id)).toEqual(['a', 'b', 'u', 'c']);
    expect((await readDocumentAnnotations('doc', store)).annotations).toEqual(stored);
    // The whole reading before packing also brings the feed up to date.
    await settled(store, followed);
    expect(reads.whole).toBe(2);
  });

  it('does not pack again what it read from an exact pack', async () => {
    const { db, store } = await seededDb();
    const reading = await readDocumentAnnotations('doc', store);
    expect(await savePack('doc', reading, store)).toBe(true);
    const before = await store.packs.get('doc');
    await follow(db, 10);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(await store.packs.get('doc')).toEqual(before);
  });
});

/** One write a person (or another window) may make; ids and starts collide on purpose. */
type Step =
  | { kind: 'put'; id: string; documentId: string; start: number }
  | { kind: 'color'; id: string; color: (typeof HIGHLIGHT_COLORS)[number] }
  | { kind: 'delete'; ids: string[] }
  | { kind: 'bulkPut'; items: { id: string; start: number }[] }
  | { kind: 'clearRange' };

const ID = fc.constantFrom('a', 'b', 'B', 'a1', 'ب', 'ﬀ', '😀', 'z');
const START = fc.integer({ min: 0, max: 4 });
const STEP: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({
      kind: fc.constant('put' as const),
      id: ID,
      documentId: fc.constantFrom('doc', 'other'),
      start: START,
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('color' as const),
      id: ID,
      color: fc.constantFrom(...HIGHLIGHT_COLORS),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), ids: fc.uniqueArray(ID, { maxLength: 3 }) }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('bulkPut' as const),
      items: fc.array(fc.record({ id: ID, start: START }), { maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'clearRange' as const }) },
);

function apply(db: HamishDb, step: Step): Promise<unknown> {
  switch (step.kind) {
    case 'put':
      return putAnnotation(storedAnnotation(step.id, step.documentId, step.start), db);
    case 'color':
      return updateAnnotation(step.id, { color: step.color }, new Date(), db);
    case 'delete':
      return deleteAnnotations(step.ids, db);
    case 'bulkPut':
      return db.annotations.bulkPut(step.items.map(({ id, start }) => storedAnnotation(id, 'doc', start)));
    case 'clearRange':
      return db.annotations.where('id').between('a', 'z').delete();
  }
}

/** Whether any step wrote (or deleted) the record with this id. */
function touchedIds(steps: readonly Step[]): (id: string) => boolean {
  const ids = new Set<string>();
  let range = false;
  for (const step of steps) {
    if (step.kind === 'put' || step.kind === 'color') ids.add(step.id);
    if (step.kind === 'delete') step.ids.forEach((id) => ids.add(id));
    if (step.kind === 'bulkPut') step.items.forEach(({ id }) => ids.add(id));
    if (step.kind === 'clearRange') range = true;
  }
  return (id) => ids.has(id) || (range && id >= 'a' && id < 'z');
}

describe('the feed after any writes', () => {
  it('equals the stored list once settled, keeping the objects of what did not change', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(STEP, { maxLength: 12 }),
        fc.array(STEP, { maxLength: 12 }),
        fc.boolean(),
        async (first, second, together) => {
          const { db, store } = await seededDb([]);
          for (const step of first) await apply(store, step);
          const followed = await follow(db);
          const initial = followed.latest()!;
          // Awaited one by one or all at once: reads and writes interleave differently.
          if (together) await Promise.all(second.map((step) => apply(store, step)));
          else for (const step of second) await apply(store, step);
          const final = await settled(store, followed);
          const touched = touchedIds(second);
          for (const annotation of final) {
            const earlier = initial.find((a) => a.id === annotation.id);
            if (earlier && !touched(annotation.id)) expect(annotation).toBe(earlier);
          }
          stops.splice(0).forEach((stop) => stop());
        },
      ),
      { numRuns: 40 },
    );
  });
});
