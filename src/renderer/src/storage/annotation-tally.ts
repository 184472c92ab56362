import type { Annotation } from '@shared/annotations/annotation-model';
import { annotationVersions, readDocumentAnnotations } from './annotation-store';
import { getDb, type AnnotationTally, type HamishDb } from './db';

/** What a library card counts of a document's annotations. */
export interface Tally {
  highlights: number;
  /** Highlights whose note holds words. */
  notes: number;
}

/** Conflict copies are versions of another highlight waiting to be resolved, not highlights of their own. */
export function tallyOf(annotations: readonly Annotation[]): Tally {
  let highlights = 0;
  let notes = 0;
  for (const annotation of annotations) {
    if (annotation.conflictOf) continue;
    highlights += 1;
    if (annotation.note.text.trim() !== '') notes += 1;
  }
  return { highlights, notes };
}

export interface TallyReading {
  tallies: Map<string, Tally>;
  /** Counted now (the stored ones were stale or missing): worth keeping with saveTallies. */
  fresh: AnnotationTally[];
}

/**
 * Each document's counts: the stored tally while its version stands (two reads for the whole library),
 * else counted from the document's annotations (its pack when exact). After the first count, a library of
 * 50,000 annotations shows its cards without reading one of them.
 */
export async function readTallies(
  documentIds: readonly string[],
  db: HamishDb = getDb(),
): Promise<TallyReading> {
  const [versions, stored] = await Promise.all([
    annotationVersions(db, documentIds),
    db.tallies.bulkGet([...documentIds]),
  ]);
  const fresh = await Promise.all(
    documentIds.map(async (documentId, index) => {
      const kept = stored[index];
      if (kept && kept.version === versions[index]) return null;
      const reading = await readDocumentAnnotations(documentId, db);
      return { documentId, version: reading.version, ...tallyOf(reading.annotations) };
    }),
  );
  const tallies = new Map<string, Tally>();
  documentIds.forEach((documentId, index) => {
    const { highlights, notes } = fresh[index] ?? stored[index]!;
    tallies.set(documentId, { highlights, notes });
  });
  return { tallies, fresh: fresh.filter((tally): tally is AnnotationTally => tally !== null) };
}

/** Keeps the counts whose version still stands. They are only a faster copy: failing to write is no error. */
export async function saveTallies(
  tallies: readonly AnnotationTally[],
  db: HamishDb = getDb(),
): Promise<void> {
  if (tallies.length === 0) return;
  try {
    await db.transaction('rw', db.settings, db.tallies, async () => {
      const versions = await annotationVersions(
        db,
        tallies.map((tally) => tally.documentId),
      );
      const standing = tallies.filter((tally, index) => tally.version === versions[index]);
      if (standing.length > 0) await db.tallies.bulkPut(standing);
    });
  } catch {
    // The next reading counts again.
  }
}
