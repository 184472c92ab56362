import { HIGHLIGHT_COLORS, type HighlightColor, type NoteBody } from '@shared/annotations/annotation-model';
import type { AnnotationEdit, EditBase } from '@shared/annotations/merge-edit';
import { MAX_CHOICES, type TypedPackEdit } from '@shared/classroom/pack-edits';
import { assembleDraft, type ChunkedDraft } from '@shared/notes/note-draft-chunks';
import { z } from '@shared/zod';

/**
 * The write-ahead journal: every change a reader makes is written here synchronously (localStorage
 * writes complete before the keystroke is drawn, and survive a reload, a closed window or a crashed
 * renderer), and removed once the change is committed to IndexedDB. At start, entries left by windows
 * that are gone are replayed into IndexedDB (journal-replay.ts).
 */
export const JOURNAL_PREFIX = 'hamish.journal.';
/** The chunks of notes being typed (note-draft-chunks.ts), each under its window's session. */
const CHUNK_PREFIX = 'hamish.journal-chunk.';

/** A note as typed: the editor's state at once; its text and Markdown are derived when it is saved. */
export type NoteDraft = NoteBody | { editorState: string };

/** A note being typed, as the editor hands it over: written chunk by chunk, read back as `editorState`. */
export interface TypedNoteDraft {
  editorChunks: ChunkedDraft;
}

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

/** What a window writes: an annotation's note may be a typed draft in chunks. */
export type JournalEntryToWrite =
  | JournalEntry
  | (Omit<AnnotationJournalEntry, 'edit'> & {
      edit: Omit<AnnotationEdit, 'note'> & { note?: NoteDraft | TypedNoteDraft };
    });

export function journalKey(entry: Pick<JournalEntry, 'session' | 'kind'> & { target: string }): string {
  return `${JOURNAL_PREFIX}${entry.session}:${entry.kind}:${entry.target}`;
}

export function targetOf(entry: JournalEntryToWrite): string {
  if (entry.kind === 'annotation') return entry.base.record.id;
  if (entry.kind === 'color-meaning') return entry.color;
  // One entry per field: a later keystroke in the same field replaces the earlier one.
  return `${entry.packId}/${entry.edit.kind}/${'questionId' in entry.edit ? entry.edit.questionId : ''}`;
}

const chunkKey = (session: string, id: string) => `${CHUNK_PREFIX}${session}:${id}`;

/**
 * The chunks each of this window's entries refers to, by storage and entry key. Only the window that
 * wrote a session's chunks removes them while it lives, so this knows what is stored without reading it.
 */
const heldChunks = new WeakMap<Storage, Map<string, { session: string; ids: string[] }>>();

function held(storage: Storage): Map<string, { session: string; ids: string[] }> {
  let entries = heldChunks.get(storage);
  if (!entries) heldChunks.set(storage, (entries = new Map()));
  return entries;
}

/** Removes those of `ids` no entry of the session still refers to. */
function releaseChunks(storage: Storage, session: string, ids: readonly string[]): void {
  const inUse = new Set<string>();
  for (const entry of held(storage).values()) {
    if (entry.session === session) entry.ids.forEach((id) => inUse.add(id));
  }
  for (const id of ids) if (!inUse.has(id)) storage.removeItem(chunkKey(session, id));
}

/**
 * Synchronous, so nothing typed waits on a promise; false when the browser refused the write (quota). A
 * typed note's chunks are written before the entry that names them, and the chunks it no longer names
 * are removed after it, so a window that dies between two writes leaves a complete entry.
 */
export function writeJournalEntry(storage: Storage, entry: JournalEntryToWrite): boolean {
  const key = journalKey({ ...entry, target: targetOf(entry) });
  const typed = entry.kind === 'annotation' && entry.edit.note && 'editorChunks' in entry.edit.note;
  const draft = typed ? (entry.edit.note as TypedNoteDraft).editorChunks : null;
  const ids = draft ? draft.chunks.map((chunk) => chunk.id) : [];
  const stored = new Set<string>();
  for (const other of held(storage).values()) {
    if (other.session === entry.session) other.ids.forEach((id) => stored.add(id));
  }
  const written: string[] = [];
  try {
    for (const chunk of draft?.chunks ?? []) {
      if (stored.has(chunk.id)) continue;
      storage.setItem(chunkKey(entry.session, chunk.id), chunk.json);
      stored.add(chunk.id);
      written.push(chunk.id);
    }
    const onDisk =
      draft && entry.kind === 'annotation'
        ? { ...entry, edit: { ...entry.edit, note: { editorChunks: { shell: draft.shell, chunks: ids } } } }
        : entry;
    storage.setItem(key, JSON.stringify(onDisk));
  } catch {
    releaseChunks(storage, entry.session, written);
    return false;
  }
  const previous = held(storage).get(key)?.ids ?? [];
  if (ids.length > 0) held(storage).set(key, { session: entry.session, ids });
  else held(storage).delete(key);
  releaseChunks(storage, entry.session, previous);
  return true;
}

/** Removes the entry once committed, unless something newer was written under the same key since. */
export function clearJournalEntry(storage: Storage, entry: JournalEntryToWrite): void {
  const key = journalKey({ ...entry, target: targetOf(entry) });
  const stored = parseEntry(storage.getItem(key));
  if (stored !== null && stored.seq > entry.seq) return;
  storage.removeItem(key);
  const previous = held(storage).get(key)?.ids ?? [];
  held(storage).delete(key);
  releaseChunks(storage, entry.session, previous);
}

/**
 * Removes the chunks of a window that is gone which none of its entries still names: what it wrote
 * before a newer entry replaced the old one, or what its replayed entries named.
 */
export function sweepJournalChunks(storage: Storage, session: string): void {
  const named = new Set<string>();
  const chunks: string[] = [];
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(`${CHUNK_PREFIX}${session}:`)) chunks.push(key);
    if (!key?.startsWith(JOURNAL_PREFIX)) continue;
    const entry = parseEntry(storage.getItem(key));
    const note = entry?.session === session && entry.kind === 'annotation' ? entry.edit.note : undefined;
    if (note && 'editorChunks' in note)
      note.editorChunks.chunks.forEach((id) => named.add(chunkKey(session, id)));
  }
  for (const key of chunks) if (!named.has(key)) storage.removeItem(key);
}

/** The windows that left note chunks behind, whether or not an entry of theirs still names them. */
export function chunkSessions(storage: Storage): Set<string> {
  const sessions = new Set<string>();
  for (let index = 0; index < storage.length; index++) {
    const key = storage.key(index);
    if (key?.startsWith(CHUNK_PREFIX)) sessions.add(key.slice(CHUNK_PREFIX.length, key.lastIndexOf(':')));
  }
  return sessions;
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
    if (key?.startsWith(JOURNAL_PREFIX)) {
      found.push({ key, entry: withAssembledNote(storage, parseEntry(storage.getItem(key))) });
    }
  }
  return found;
}

/** A typed note's chunks put back together; an entry missing one of them is not understood (kept). */
function withAssembledNote(storage: Storage, entry: ParsedEntry | null): JournalEntry | null {
  // The base record is checked where it is used (see entrySchema).
  if (entry === null || entry.kind !== 'annotation') return entry as JournalEntry | null;
  const { note } = entry.edit;
  if (!note || !('editorChunks' in note)) return entry as AnnotationJournalEntry;
  const parts = note.editorChunks.chunks.map((id) => storage.getItem(chunkKey(entry.session, id)));
  if (parts.some((part) => part === null)) return null;
  try {
    const editorState = assembleDraft(note.editorChunks.shell, parts as string[]);
    return { ...entry, edit: { ...entry.edit, note: { editorState } } } as AnnotationJournalEntry;
  } catch {
    return null;
  }
}

const LIMIT = 10_000_000;
const text = z.string().max(LIMIT);
const noteDraft = z.union([
  z.object({ editorState: text.nullable(), text, markdown: text }),
  z.object({ editorState: text }),
  z.object({ editorChunks: z.object({ shell: text, chunks: z.array(z.string().max(100)).max(LIMIT) }) }),
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

/** An entry as stored: a typed note may still be in chunks. */
type ParsedEntry = z.infer<typeof entrySchema>;

function parseEntry(raw: string | null): ParsedEntry | null {
  if (raw === null) return null;
  try {
    const parsed = entrySchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
