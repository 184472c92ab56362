import type { AnswerFile } from './classroom-model';

/** What a teacher's library keeps of each imported answer file to merge the next one (StoredAnswerFile). */
export interface AnswerFileEntry {
  key: string;
  packId: string;
  readerId: string;
  modified: string;
}

export interface AnswerImportPlan {
  /** add: store it; same: that very file is stored already, nothing changes; refuse: another pack's file. */
  action: 'add' | 'same' | 'refuse';
  key: string;
  /** Whether, once added, it is the student's current file (an older one stays stored, not current). */
  becomesCurrent: boolean;
}

/**
 * The key a stored answer file goes under: its id (one per student and pack) and the time the student
 * exported it, so the same file imported twice is one record and each later export another.
 */
export function answerFileKey(file: Pick<AnswerFile, 'id' | 'modified'>): string {
  return `${file.id.toLowerCase()}@${file.modified}`;
}

/** How to merge one incoming file into those stored; pure, and blind to the order records arrived in. */
export function planAnswerImport(
  existing: readonly AnswerFileEntry[],
  incoming: AnswerFile,
  packId: string,
): AnswerImportPlan {
  const key = answerFileKey(incoming);
  if (incoming.packId.toLowerCase() !== packId.toLowerCase()) {
    return { action: 'refuse', key, becomesCurrent: false };
  }
  if (existing.some((entry) => entry.key === key)) return { action: 'same', key, becomesCurrent: false };
  const entry: AnswerFileEntry = {
    key,
    packId: incoming.packId,
    readerId: incoming.reader.id,
    modified: incoming.modified,
  };
  const rivals = existing.filter(
    (other) => other.packId.toLowerCase() === packId.toLowerCase() && other.readerId === entry.readerId,
  );
  return { action: 'add', key, becomesCurrent: rivals.every((other) => isNewer(entry, other)) };
}

/**
 * Each student's current file: the latest `modified`, ties broken by the larger key, so every order of the
 * same files gives the same answer. Sorted by reader id.
 */
export function currentAnswerFiles<T extends Pick<AnswerFileEntry, 'key' | 'readerId' | 'modified'>>(
  files: readonly T[],
): T[] {
  const current = new Map<string, T>();
  for (const file of files) {
    const held = current.get(file.readerId);
    if (held === undefined || isNewer(file, held)) current.set(file.readerId, file);
  }
  return [...current.values()].sort((a, b) => compareText(a.readerId, b.readerId));
}

function isNewer(
  a: Pick<AnswerFileEntry, 'key' | 'modified'>,
  b: Pick<AnswerFileEntry, 'key' | 'modified'>,
): boolean {
  const order = Date.parse(a.modified) - Date.parse(b.modified);
  return order > 0 || (order === 0 && a.key > b.key);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Of answer files already parsed (all of one pack), each student's current one, by the same rule. */
export function latestPerReader(files: readonly AnswerFile[]): AnswerFile[] {
  const entries = files.map((file) => ({
    key: answerFileKey(file),
    readerId: file.reader.id,
    modified: file.modified,
    file,
  }));
  return currentAnswerFiles(entries).map((entry) => entry.file);
}
