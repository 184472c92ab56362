import { useLiveQuery } from 'dexie-react-hooks';
import type { Reader } from '@shared/annotations/annotation-model';
import type { ClassFileRefusal } from '@shared/classroom/classroom-model';
import { planAnswerImport } from '@shared/classroom/class-merge';
import { parseClassFile } from '@shared/classroom/parse-class-file';
import { PACK_FORMAT_NAME } from '@shared/classroom/pack-file';
import type { ImportFile } from '@shared/platform/platform-contract';
import { getDb, type AnswerMark, type HamishDb, type StoredAnswerFile } from './db';
import { StorageFullError, withQuotaCheck } from './storage-errors';

/** The marks a teacher puts on an answer, stored by these keys; the labels live in the i18n catalogues. */
export const ANSWER_MARKS = ['good-example', 'discuss', 'needs-help'] as const;
export type AnswerMarkKey = (typeof ANSWER_MARKS)[number];

export function isAnswerMark(value: unknown): value is AnswerMarkKey {
  return (ANSWER_MARKS as readonly unknown[]).includes(value);
}

/** Why an answer file was not taken: the file's own fault, or this library could not keep it. */
export type AnswerRefusal = ClassFileRefusal | 'is-pack' | 'unreadable' | 'storage-full' | 'storage-failed';

/**
 * What importing one file did. `added`: the student's first file; `replaced`: newer than the student's
 * current file, which stays as an earlier version; `earlier`: older than it, kept as an earlier version;
 * `same`: this very file was imported before, nothing written.
 */
export type AnswerImportOutcome =
  | { name: string; status: 'added' | 'replaced' | 'earlier' | 'same'; reader: Reader }
  | { name: string; status: 'refused'; reason: AnswerRefusal };

/** The parser refuses a pack where answers were expected as not a classroom file, naming the pack format. */
function isPackRefusal(parsed: { reason: ClassFileRefusal; detail?: string }): boolean {
  return parsed.reason === 'not-classroom' && parsed.detail === PACK_FORMAT_NAME;
}

function refused(name: string, reason: AnswerRefusal): AnswerImportOutcome {
  return { name, status: 'refused', reason };
}

/**
 * Imports one answer file for `packId`: checked whole first, then written in one transaction that
 * rereads what is stored, so a file is kept entirely or not at all, and two windows importing it keep one.
 */
export async function importAnswerFile(
  file: ImportFile,
  packId: string,
  { now = new Date(), db = getDb() }: { now?: Date; db?: HamishDb } = {},
): Promise<AnswerImportOutcome> {
  if (file.error) return refused(file.name, 'unreadable');
  // Over the import limit the platform hands over no bytes at all.
  if (file.bytes.length === 0 && file.size > 0) return refused(file.name, 'too-large');
  const parsed = parseClassFile(file.bytes, { expectedPackId: packId, now });
  if (!parsed.ok) return refused(file.name, isPackRefusal(parsed) ? 'is-pack' : parsed.reason);
  if (parsed.kind !== 'answers') return refused(file.name, 'is-pack');
  const { answers } = parsed;
  try {
    return await withQuotaCheck(() =>
      db.transaction('rw', db.answerFiles, async (): Promise<AnswerImportOutcome> => {
        const stored = await db.answerFiles.where('packId').equals(packId).toArray();
        const plan = planAnswerImport(stored, answers, packId);
        if (plan.action === 'refuse') return refused(file.name, 'other-pack');
        if (plan.action === 'same') return { name: file.name, status: 'same', reader: answers.reader };
        const record: StoredAnswerFile = {
          key: plan.key,
          packId,
          readerId: answers.reader.id,
          modified: answers.modified,
          received: now.toISOString(),
          answers,
        };
        await db.answerFiles.add(record);
        const hadFile = stored.some((existing) => existing.readerId === answers.reader.id);
        const status = !plan.becomesCurrent ? 'earlier' : hadFile ? 'replaced' : 'added';
        return { name: file.name, status, reader: answers.reader };
      }),
    );
  } catch (error) {
    console.error(`Keeping the answer file ${file.name} failed`, error);
    return refused(file.name, error instanceof StorageFullError ? 'storage-full' : 'storage-failed');
  }
}

/** Imports a batch one file after another, each in its own transaction; one outcome per file, in order. */
export async function importAnswerFiles(
  files: readonly ImportFile[],
  packId: string,
  options: { now?: Date; db?: HamishDb } = {},
): Promise<AnswerImportOutcome[]> {
  const outcomes: AnswerImportOutcome[] = [];
  for (const file of files) outcomes.push(await importAnswerFile(file, packId, options));
  return outcomes;
}

/** Puts `mark` on one answer, in place of any mark it had. */
export function setAnswerMark(
  { answerId, packId, mark }: { answerId: string; packId: string; mark: AnswerMarkKey },
  { now = new Date(), db = getDb() }: { now?: Date; db?: HamishDb } = {},
): Promise<unknown> {
  const record: AnswerMark = { answerId, packId, mark, modified: now.toISOString() };
  return withQuotaCheck(() => db.answerMarks.put(record));
}

export function clearAnswerMark(answerId: string, db: HamishDb = getDb()): Promise<void> {
  return db.answerMarks.delete(answerId);
}

export function readAnswerFiles(packId: string, db: HamishDb = getDb()): Promise<StoredAnswerFile[]> {
  return db.answerFiles.where('packId').equals(packId).toArray();
}

/** No marks, always the same Map: a class view without marks is not re-rendered when the query answers. */
export const NO_ANSWER_MARKS: ReadonlyMap<string, AnswerMarkKey> = new Map();

/** The pack's marks by answer id; a stored value that is not one of ANSWER_MARKS is ignored. */
export async function readAnswerMarks(
  packId: string,
  db: HamishDb = getDb(),
): Promise<ReadonlyMap<string, AnswerMarkKey>> {
  const marks = await db.answerMarks.where('packId').equals(packId).toArray();
  const entries = marks.flatMap((record) =>
    isAnswerMark(record.mark) ? [[record.answerId, record.mark] as const] : [],
  );
  return entries.length === 0 ? NO_ANSWER_MARKS : new Map(entries);
}

/** Live: undefined until the first reading arrives. */
export function useAnswerFiles(packId: string): StoredAnswerFile[] | undefined {
  return useLiveQuery(() => readAnswerFiles(packId), [packId]);
}

export function useAnswerMarks(packId: string): ReadonlyMap<string, AnswerMarkKey> | undefined {
  return useLiveQuery(() => readAnswerMarks(packId), [packId]);
}
