import { useLiveQuery } from 'dexie-react-hooks';
import { nextModified } from '@shared/annotations/merge-edit';
import type { ReadingPack } from '@shared/classroom/classroom-model';
import { getDb, type HamishDb, type StoredPack } from './db';
import { withQuotaCheck } from './storage-errors';

/**
 * The reading pack shown on a document: the one prepared here first (a teacher's own), else the newest a
 * student opened. Undefined while loading, null when the document has none.
 */
export function usePackFor(documentId: string): StoredPack | null | undefined {
  return useLiveQuery(() => packFor(documentId), [documentId]);
}

export async function packFor(documentId: string, db: HamishDb = getDb()): Promise<StoredPack | null> {
  const packs = await db.classPacks.where('documentId').equals(documentId).toArray();
  const rank = (pack: StoredPack) => (pack.role === 'author' ? 1 : 0);
  packs.sort((a, b) => rank(b) - rank(a) || b.pack.modified.localeCompare(a.pack.modified));
  return packs[0] ?? null;
}

/** A new pack the teacher prepares on a document; written at once, so nothing typed into it is lost. */
export async function startPack(
  pack: ReadingPack,
  documentId: string,
  db: HamishDb = getDb(),
): Promise<true> {
  await withQuotaCheck(() => db.classPacks.add({ packId: pack.packId, documentId, role: 'author', pack }));
  return true;
}

/**
 * Changes a teacher's pack (false: there is no such pack of theirs) in one read-modify-write transaction, so two windows editing it merge by
 * field instead of one overwriting the other's change; `modified` always moves forward.
 */
export function updatePack(
  packId: string,
  change: (pack: ReadingPack) => ReadingPack,
  now: Date = new Date(),
  db: HamishDb = getDb(),
): Promise<boolean> {
  return withQuotaCheck(() =>
    db.transaction('rw', db.classPacks, async () => {
      const stored = await db.classPacks.get(packId);
      if (stored?.role !== 'author') return false;
      const changed = change(stored.pack);
      await db.classPacks.put({
        ...stored,
        pack: { ...changed, modified: nextModified(now, stored.pack.modified) },
      });
      return true;
    }),
  );
}

export type OpenedPack = 'opened' | 'updated' | 'same' | 'own';

/**
 * A pack a student opens: kept as the student's copy of the teacher's layer. Opening it again changes
 * nothing, a newer version of the same pack replaces the older (the student's own work is in their
 * annotations, untouched), and a teacher opening their own pack keeps the one they prepare.
 */
export function keepOpenedPack(
  pack: ReadingPack,
  documentId: string,
  db: HamishDb = getDb(),
): Promise<OpenedPack> {
  return withQuotaCheck(() =>
    db.transaction('rw', db.classPacks, async (): Promise<OpenedPack> => {
      const stored = await db.classPacks.get(pack.packId);
      if (stored?.role === 'author') return 'own';
      if (stored && stored.pack.modified >= pack.modified && stored.documentId === documentId) return 'same';
      await db.classPacks.put({ packId: pack.packId, documentId, role: 'student', pack });
      return stored ? 'updated' : 'opened';
    }),
  );
}
