import { HIGHLIGHT_COLORS, type HighlightColor, type NoteBody } from '@shared/annotations/annotation-model';
import type { AnnotationEdit, EditBase } from '@shared/annotations/merge-edit';
import { MAX_CHOICES, type TypedPackEdit } from '@shared/classroom/pack-edits';
import { z } from '@shared/zod';

/**
 * The write-ahead journal: every change a reader makes is written here synchronously (localStorage
 * writes complete before the keystroke is drawn, and survive a reload, a closed window or a crashed
 * renderer), and removed once the change is committed to IndexedDB. At start, entries left by windows
 * that are gone are replayed into IndexedDB (journal-replay.ts).
 */
export const JOURNAL_PREFIX = 'hamish.journal.';

/** A note as typed: the editor's state at once; its text and Markdown are derived when it is saved. */
export type NoteDraft = NoteBody | { editorState: string };

export interface AnnotationJournalEntry {
  kind: 'annotation';
  /** The window that wrote it; a window replays only the entries of windows that are gone. */
  session: string;
  /** Grows with every write, so a commit removes the entry only if nothing was typed since. */
  seq: number;
  at: string;
  base: EditBase;
  edit: Omit<AnnotationEdit, 'note'> & { note?: NoteDraft };
  conflictTag: string;
}

export interface ColorMeaningJournalEntry {
  kind: 'color-meaning';
  session: string;
  seq: number;
  at: string;
  color: HighlightColor;
  meaning: string;
}

/** Text a teacher typed into a reading pack (its name, instructions, a question's prompt or options). */
export interface PackTextJournalEntry {
  kind: 'pack-text';
  session: string;
  seq: number;
  at: string;
  packId: string;
  edit: TypedPackEdit;
}

export type JournalEntry = AnnotationJournalEntry | ColorMeaningJournalEntry | PackTextJournalEntry;

export function journalKey(entry: Pick<JournalEntry, 'session' | 'kind'> & { target: string }): string {
  return `${JOURNAL_PREFIX}${entry.session}:${entry.kind}:${entry.target}`;
}

export function targetOf(entry: JournalEntry): string {
  if (entry.kind === 'annotation') return entry.base.record.id;
  if (entry.kind === 'color-meaning') return entry.color;
  // One entry per field: a later keystroke in the same field replaces the earlier one.
  return `${entry.packId}/${entry.edit.kind}/${'questionId' in entry.edit ? entry.edit.questionId : ''}`;
}

/** Synchronous, so nothing typed waits on a promise; false when the browser refused the write (quota). */
export function writeJournalEntry(storage: Storage, entry: JournalEntry): boolean {
  try {
    storage.setItem(journalKey({ ...entry, target: targetOf(entry) }), JSON.stringify(entry));
    return true;
  } catch {
    return false;
  }
}

/** Removes the entry once committed, unless something newer was written under the same key since. */
export function clearJournalEntry(storage: Storage, entry: JournalEntry): void {
  const key = journalKey({ ...entry, target: targetOf(entry) });
  const stored = parseEntry(storage.getItem(key));
  if (stored === null || stored.seq <= entry.seq) storage.removeItem(key);
}

export interface StoredJournalEntry {
  key: string;
  /** Null when the stored text is not a journal entry this version understands: kept, never replayed. */
  entry: JournalEntry | null;
}

export function readJournal(storage: Storage): StoredJournalEntry[] {
  const found: StoredJournalEntry[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(JOURNAL_PREFIX)) found.push({ key, entry: parseEntry(storage.getItem(key)) });
  }
  return found;
}

const LIMIT = 10_000_000;
const text = z.string().max(LIMIT);
const noteDraft = z.union([
  z.object({ editorState: text.nullable(), text, markdown: text }),
  z.object({ editorState: text }),
]);
const color = z.enum(HIGHLIGHT_COLORS);
const common = { session: z.string().max(100), seq: z.number().int().nonnegative(), at: z.iso.datetime() };
const entrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('annotation'),
    ...common,
    // The base record is compared and merged, never rendered: its shape is checked where it is used.
    base: z.object({
      record: z.looseObject({
        id: z.string().max(100),
        modified: z.string(),
        tags: z.array(z.string()),
        color,
      }),
      noteKey: z.string().max(100),
    }),
    edit: z.object({
      note: noteDraft.optional(),
      tags: z.array(z.string().max(200)).max(200).optional(),
      color: color.optional(),
    }),
    conflictTag: z.string().max(100),
  }),
  z.object({ kind: z.literal('color-meaning'), ...common, color, meaning: z.string().max(200) }),
  z.object({
    kind: z.literal('pack-text'),
    ...common,
    packId: z.string().max(100),
    edit: z.discriminatedUnion('kind', [
      z.object({ kind: z.enum(['teacher', 'instructions']), value: z.string().max(100_000) }),
      z.object({
        kind: z.literal('prompt'),
        questionId: z.string().max(100),
        value: z.string().max(100_000),
      }),
      z.object({
        kind: z.literal('choices'),
        questionId: z.string().max(100),
        value: z.array(z.string().max(10_000)).max(MAX_CHOICES),
      }),
    ]),
  }),
]);

function parseEntry(raw: string | null): JournalEntry | null {
  if (raw === null) return null;
  try {
    const parsed = entrySchema.safeParse(JSON.parse(raw));
    return parsed.success ? (parsed.data as JournalEntry) : null;
  } catch {
    return null;
  }
}
