import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_READER, type Annotation, type Reader } from '@shared/annotations/annotation-model';
import { createBackup, serializeBackup } from '@shared/backup/backup-format';
import { APP_VERSION } from '../app-version';
import {
  defaultReaderName,
  readerNameProblem,
  resolveRoster,
  type NameProblem,
  type ReaderRoster,
} from '../classroom/readers/reader-roster';
import { useI18n } from '../i18n/I18nProvider';
import { deleteAnnotations } from './annotation-store';
import { getDb, type HamishDb, type ReaderProfile } from './db';
import { readSetting, settingRecord } from './settings-store';
import { SafetyBackupError, withQuotaCheck } from './storage-errors';

/** What a name change or a new reader came to: saved, or refused (and nothing written) for a reason. */
export type NameOutcome = { status: 'saved'; reader: Reader } | { status: 'refused'; problem: NameProblem };

/** The readers of this laptop as stored: profiles oldest first, the current id, the default reader's name. */
export interface StoredRoster {
  profiles: ReaderProfile[];
  currentId: string;
  readerName: string;
}

export function readRoster(db: HamishDb = getDb()): Promise<StoredRoster> {
  return db.transaction('r', db.readers, db.settings, async () => {
    const [profiles, currentId, readerName] = await Promise.all([
      db.readers.toArray(),
      readSetting('currentReaderId', db),
      readSetting('readerName', db),
    ]);
    profiles.sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
    return { profiles, currentId, readerName };
  });
}

/** The roster with the default reader named (`fallbackName`: the localized word "Reader" when unnamed). */
export async function readReaders(fallbackName: string, db: HamishDb = getDb()): Promise<ReaderRoster> {
  return rosterOf(await readRoster(db), fallbackName);
}

function rosterOf(stored: StoredRoster, fallbackName: string): ReaderRoster {
  return resolveRoster(stored.profiles, stored.currentId, defaultReaderName(stored.readerName, fallbackName));
}

/** The names `name` must differ from: every reader's but `exceptId`'s, the default one as it is shown. */
async function namesBeside(db: HamishDb, exceptId: string | null, fallbackName: string): Promise<string[]> {
  const { readers } = rosterOf(await readRoster(db), fallbackName);
  return readers.filter((reader) => reader.id !== exceptId).map((reader) => reader.name);
}

interface NameOptions {
  /** The default reader's name when they have none: the localized word "Reader". */
  fallbackName: string;
  now?: Date;
  db?: HamishDb;
}

/** A new reader with a trimmed name no other reader has (folded as find folds). Does not switch to them. */
export function createReader(name: string, options: NameOptions): Promise<NameOutcome> {
  const { fallbackName, now = new Date(), db = getDb() } = options;
  return withQuotaCheck(() =>
    db.transaction('rw', db.readers, db.settings, async (): Promise<NameOutcome> => {
      const problem = readerNameProblem(name, await namesBeside(db, null, fallbackName));
      if (problem) return { status: 'refused', problem };
      const profile = { id: `reader:${crypto.randomUUID()}`, name: name.trim(), created: now.toISOString() };
      await db.readers.add(profile);
      return { status: 'saved', reader: { id: profile.id, name: profile.name } };
    }),
  );
}

/** Renames a reader; the default reader's name is the `readerName` setting, the one exports are signed with. */
export function renameReader(id: string, name: string, options: NameOptions): Promise<NameOutcome> {
  const { fallbackName, db = getDb() } = options;
  return withQuotaCheck(() =>
    db.transaction('rw', db.readers, db.settings, async (): Promise<NameOutcome> => {
      const problem = readerNameProblem(name, await namesBeside(db, id, fallbackName));
      if (problem) return { status: 'refused', problem };
      const trimmed = name.trim();
      if (id === DEFAULT_READER.id) {
        await db.settings.put(settingRecord('readerName', trimmed));
      } else if ((await db.readers.update(id, { name: trimmed })) === 0) {
        throw new MissingReaderError(id);
      }
      return { status: 'saved', reader: { id, name: trimmed } };
    }),
  );
}

/** Who reads from now on; an id no profile has reads back as the default reader. */
export function pickReader(id: string, db: HamishDb = getDb()): Promise<unknown> {
  return withQuotaCheck(() => db.settings.put(settingRecord('currentReaderId', id)));
}

/** No reader profile has this id (removed meanwhile, in another window). */
export class MissingReaderError extends Error {
  constructor(readonly readerId: string) {
    super(`No reader "${readerId}" on this laptop`);
    this.name = 'MissingReaderError';
  }
}

/**
 * Removes a reader: first a backup holding only their profile and annotations (and the imported documents
 * those stand on), through `safetyBackup`; if that fails, nothing is deleted (SafetyBackupError). Then, in one
 * transaction, the annotations the backup holds, the profile, and — if they were reading — the switch to
 * the default reader. Returns how many annotations went. The default reader cannot be removed.
 */
export async function removeReader(
  id: string,
  safetyBackup: (content: string) => Promise<unknown>,
  now: Date = new Date(),
  db: HamishDb = getDb(),
): Promise<number> {
  if (id === DEFAULT_READER.id) throw new Error('The default reader cannot be removed');
  const { content, annotationIds } = await snapshotReader(db, id, now);
  try {
    await safetyBackup(content);
  } catch (error) {
    throw new SafetyBackupError(error);
  }
  // Only what the backup holds is deleted: an annotation written since stays, as a layer under its name.
  return db.transaction('rw', db.readers, db.annotations, db.settings, async () => {
    if (!(await db.readers.get(id))) throw new MissingReaderError(id);
    await deleteAnnotations(annotationIds, db);
    await db.readers.delete(id);
    if ((await readSetting('currentReaderId', db)) === id) {
      await db.settings.put(settingRecord('currentReaderId', DEFAULT_READER.id));
    }
    return annotationIds.length;
  });
}

/** One reader's profile and annotations as a backup file's content, read in one transaction so they agree. */
async function snapshotReader(
  db: HamishDb,
  id: string,
  now: Date,
): Promise<{ content: string; annotationIds: string[] }> {
  const [profile, annotations, documents, colorMeanings] = await db.transaction(
    'r',
    [db.readers, db.annotations, db.documents, db.settings],
    async () => {
      const profile = await db.readers.get(id);
      if (!profile) throw new MissingReaderError(id);
      // No index by author: one pass over the annotations, as a whole-library backup makes anyway.
      const own = await db.annotations
        .filter((annotation: Annotation) => annotation.author.id === id)
        .toArray();
      const standOn = [...new Set(own.map((annotation) => annotation.documentId))];
      const stored = await db.documents.bulkGet(standOn);
      return [
        profile,
        own,
        stored.filter((document) => document !== undefined),
        await readSetting('colorMeanings', db),
      ] as const;
    },
  );
  const content = serializeBackup(
    createBackup({
      annotations,
      documents,
      classroom: { readers: [profile], packs: [], answerFiles: [], marks: [] },
      settings: { colorMeanings },
      exportedAt: now,
      appVersion: APP_VERSION,
    }),
  );
  return { content, annotationIds: annotations.map((annotation) => annotation.id) };
}

/** The readers, live, the default one named in the reader's language; undefined until the first reading. */
export function useReaders(): ReaderRoster | undefined {
  const { t } = useI18n();
  const fallbackName = t('readerDefaultName');
  const stored = useLiveQuery(() => readRoster(), []);
  return useMemo(() => (stored ? rosterOf(stored, fallbackName) : undefined), [stored, fallbackName]);
}
