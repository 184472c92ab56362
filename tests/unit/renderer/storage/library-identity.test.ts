import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_READER } from '@shared/annotations/annotation-model';
import { libraryId, readerAcrossLibraries } from '@renderer/storage/library-identity';
import { testDatabases } from '../../../support/test-db';

const database = testDatabases('hamish-library-identity');

describe('libraryId', () => {
  it('is made once and the same every time after, calls at once included', async () => {
    const db = await database();
    const [first, second] = await Promise.all([libraryId(db), libraryId(db)]);
    expect(first).toMatch(/^[0-9a-f-]{36}$/);
    expect(second).toBe(first);
    expect(await libraryId(db)).toBe(first);
  });

  it('keeps the id already stored', async () => {
    const db = await database();
    await db.settings.put({ key: 'libraryId', value: 'library-from-last-year' });
    expect(await libraryId(db)).toBe('library-from-last-year');
  });

  it('differs between two libraries', async () => {
    const [one, two] = await Promise.all([database(), database()]);
    expect(await libraryId(one)).not.toBe(await libraryId(two));
  });
});

describe('readerAcrossLibraries', () => {
  it('names the default reader by this library, keeping their name', async () => {
    const db = await database();
    const reader = await readerAcrossLibraries({ ...DEFAULT_READER, name: 'منى' }, db);
    expect(reader).toEqual({ id: `reader:library-${await libraryId(db)}`, name: 'منى' });
  });

  it('gives the default readers of two libraries two ids', async () => {
    const [one, two] = await Promise.all([database(), database()]);
    const [first, second] = await Promise.all([
      readerAcrossLibraries(DEFAULT_READER, one),
      readerAcrossLibraries(DEFAULT_READER, two),
    ]);
    expect(first.id).not.toBe(second.id);
  });

  it('leaves a profile’s own id alone and makes no library id for it', async () => {
    const db = await database();
    const profile = { id: 'reader:omar', name: 'عمر' };
    expect(await readerAcrossLibraries(profile, db)).toEqual(profile);
    expect(await db.settings.get('libraryId')).toBeUndefined();
  });
});
