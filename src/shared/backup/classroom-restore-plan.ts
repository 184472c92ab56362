import type { ReadingPack } from '../classroom/classroom-model';
import type { BackupClassroom, BackupMark, BackupPack } from './backup-classroom';
import { FUTURE_TOLERANCE_MS } from './restore-plan';

export interface ClassroomRestoreCounts {
  /** Records the library lacked, or whose backup version is the later one. */
  written: number;
  /** Already in the library as the backup has them, or the library's version is the later one. */
  kept: number;
  /**
   * Teachers' packs changed both here and in the backup (each side has a question or guide passage the
   * other lacks or has older): the library's version stays, the backup still holds the other.
   */
  packsChangedBoth: number;
  /** Students' copies of a pack this library prepares: the teacher's own pack stays. */
  studentCopiesSkipped: number;
}

export interface ClassroomRestorePlan {
  counts: ClassroomRestoreCounts;
  /** What to put, each by its table's key. */
  toWrite: BackupClassroom;
}

/** The library's records that share a key with the backup's (all of them, or just those keys). */
export interface ExistingClassroom {
  readerIds: ReadonlySet<string>;
  packs: ReadonlyMap<string, BackupPack>;
  answerFileKeys: ReadonlySet<string>;
  marks: ReadonlyMap<string, BackupMark>;
}

/**
 * Merges a backup's classroom records into the library without losing any: a reader profile, an answer
 * file (keyed by its id and time) are added when missing and otherwise left as they are (a restored name
 * never renames a profile); a mark's later `modified` wins; a pack by the rules of mergePack.
 */
export function planClassroomRestore(
  incoming: BackupClassroom,
  existing: ExistingClassroom,
  now: Date = new Date(),
): ClassroomRestorePlan {
  const counts: ClassroomRestoreCounts = {
    written: 0,
    kept: 0,
    packsChangedBoth: 0,
    studentCopiesSkipped: 0,
  };
  const toWrite: BackupClassroom = { readers: [], packs: [], answerFiles: [], marks: [] };
  const take = <T>(list: T[], record: T) => {
    list.push(record);
    counts.written += 1;
  };

  for (const reader of incoming.readers) {
    if (existing.readerIds.has(reader.id)) counts.kept += 1;
    else take(toWrite.readers, reader);
  }
  for (const file of incoming.answerFiles) {
    if (existing.answerFileKeys.has(file.key)) counts.kept += 1;
    else take(toWrite.answerFiles, file);
  }
  for (const original of incoming.marks) {
    const mark = { ...original, modified: clampFuture(original.modified, now) };
    const current = existing.marks.get(mark.answerId);
    if (current === undefined || Date.parse(mark.modified) > Date.parse(current.modified)) {
      take(toWrite.marks, mark);
    } else counts.kept += 1;
  }
  for (const original of incoming.packs) {
    const stored = {
      ...original,
      pack: { ...original.pack, modified: clampFuture(original.pack.modified, now) },
    };
    const outcome = mergePack(stored, existing.packs.get(stored.packId));
    if (outcome === 'write') take(toWrite.packs, stored);
    else if (outcome === 'changed-both') counts.packsChangedBoth += 1;
    else if (outcome === 'student-copy') counts.studentCopiesSkipped += 1;
    else counts.kept += 1;
  }
  return { counts, toWrite };
}

type PackOutcome = 'write' | 'keep' | 'changed-both' | 'student-copy';

/**
 * A teacher's pack is never replaced by a student's copy; it replaces one. Two versions of a teacher's
 * pack: the later `modified` wins, unless the earlier has a question or guide passage the later lacks or
 * holds in an older version: then both were changed since they parted, and the library's stays. Two
 * students' copies: the later wins, as opening a newer pack does (pack-store.ts).
 */
function mergePack(incoming: BackupPack, current: BackupPack | undefined): PackOutcome {
  if (current === undefined) return 'write';
  if (incoming.role === 'student') {
    if (current.role === 'author') return 'student-copy';
    return isLater(incoming.pack, current.pack) ? 'write' : 'keep';
  }
  if (current.role === 'student') return 'write';
  if (JSON.stringify(incoming) === JSON.stringify(current)) return 'keep';
  const incomingLater = isLater(incoming.pack, current.pack);
  const [later, earlier] = incomingLater ? [incoming.pack, current.pack] : [current.pack, incoming.pack];
  if (!covers(later, earlier)) return 'changed-both';
  return incomingLater ? 'write' : 'keep';
}

function isLater(a: ReadingPack, b: ReadingPack): boolean {
  return Date.parse(a.modified) > Date.parse(b.modified);
}

/** Whether every question and guide passage of `earlier` is in `later`, as it was or changed since. */
function covers(later: ReadingPack, earlier: ReadingPack): boolean {
  const coversItems = (
    newer: readonly { id: string; modified: string }[],
    older: readonly { id: string; modified: string }[],
  ) => {
    const byId = new Map(newer.map((item) => [item.id, item]));
    return older.every((item) => {
      const kept = byId.get(item.id);
      return kept !== undefined && Date.parse(kept.modified) >= Date.parse(item.modified);
    });
  };
  return coversItems(later.questions, earlier.questions) && coversItems(later.guide, earlier.guide);
}

/** Past a day ahead, a date would win every later merge: it is brought back to `now` (restore-plan.ts). */
function clampFuture(iso: string, now: Date): string {
  return Date.parse(iso) > now.getTime() + FUTURE_TOLERANCE_MS ? now.toISOString() : iso;
}

/** The backup's packs on a document the library holds under another id (planDocumentRestore) moved onto it. */
export function refileClassroom(
  classroom: BackupClassroom,
  refiled: ReadonlyMap<string, string>,
): BackupClassroom {
  return {
    ...classroom,
    packs: classroom.packs.map((stored) => {
      const to = refiled.get(stored.documentId);
      return to === undefined ? stored : { ...stored, documentId: to };
    }),
  };
}
