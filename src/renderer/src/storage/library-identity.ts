import { DEFAULT_READER, type Reader } from '@shared/annotations/annotation-model';
import { getDb, type HamishDb } from './db';

const LIBRARY_ID_KEY = 'libraryId';

/**
 * A random id for this library, made once: every Hamish has a default reader `reader:default`, so answers
 * handed in from two students' own laptops need something that tells the two apart.
 */
export function libraryId(db: HamishDb = getDb()): Promise<string> {
  return db.transaction('rw', db.settings, async () => {
    const stored = (await db.settings.get(LIBRARY_ID_KEY))?.value;
    if (typeof stored === 'string' && stored !== '') return stored;
    const id = crypto.randomUUID();
    await db.settings.put({ key: LIBRARY_ID_KEY, value: id });
    return id;
  });
}

/** The reader as an answer file names them: a profile by its own id, the default reader by this library's. */
export async function readerAcrossLibraries(reader: Reader, db: HamishDb = getDb()): Promise<Reader> {
  if (reader.id !== DEFAULT_READER.id) return reader;
  return { id: `reader:library-${await libraryId(db)}`, name: reader.name };
}
