import type { NoteBody } from '@shared/annotations/annotation-model';
import { applyTypedEdit } from '@shared/classroom/pack-edits';
import { saveAnnotationEdit } from './annotation-edits';
import { getDb, type HamishDb } from './db';
import {
  chunkSessions,
  clearJournalEntry,
  readJournal,
  sweepJournalChunks,
  type JournalEntry,
  type NoteDraft,
} from './edit-journal';
import { updatePack } from './pack-store';
import { saveColorMeaning } from './settings-store';

export interface ReplayDeps {
  storage: Storage;
  /** This window: its own entries are live, never replayed. */
  session: string;
  /** Takes over a window's entries while it is gone; null while that window is still open. */
  claimSession: (session: string) => Promise<(() => void) | null>;
  /** A journaled note as the store keeps it: text and Markdown derived, state sanitized. */
  completeNote: (draft: NoteDraft) => Promise<NoteBody>;
  now?: () => Date;
  db?: HamishDb;
}

export interface ReplayReport {
  /** Entries committed (or found already committed) and removed. */
  replayed: number;
  /** Conflict copies made because the record had changed since the entry's base. */
  conflicts: number;
  /** Entries left for later: their window is still open, or their write failed. */
  left: number;
}

/**
 * Commits what windows that are gone had journaled but not saved. Each entry goes through the same
 * compare-and-set as a live save, then is removed: replaying twice, or again after an interruption,
 * changes nothing more. Entries this version cannot read are left in place, never deleted.
 */
export async function replayJournal(deps: ReplayDeps): Promise<ReplayReport> {
  const { storage, session, db = getDb(), now = () => new Date() } = deps;
  const report: ReplayReport = { replayed: 0, conflicts: 0, left: 0 };
  const bySession = new Map<string, JournalEntry[]>();
  for (const { entry } of readJournal(storage)) {
    if (!entry || entry.session === session) continue;
    bySession.set(entry.session, [...(bySession.get(entry.session) ?? []), entry]);
  }
  // A window that died between writing a note's chunks and the entry naming them left only chunks.
  for (const owner of chunkSessions(storage)) {
    if (owner !== session && !bySession.has(owner)) bySession.set(owner, []);
  }
  for (const [owner, entries] of bySession) {
    const release = await deps.claimSession(owner);
    if (!release) {
      report.left += entries.length;
      continue;
    }
    try {
      for (const entry of entries) {
        try {
          report.conflicts += await replayEntry(entry, deps, db, now());
          clearJournalEntry(storage, entry);
          report.replayed += 1;
        } catch (error) {
          console.error('A journaled edit could not be saved yet; it is kept for the next start', error);
          report.left += 1;
        }
      }
      sweepJournalChunks(storage, owner);
    } finally {
      release();
    }
  }
  return report;
}

async function replayEntry(entry: JournalEntry, deps: ReplayDeps, db: HamishDb, now: Date): Promise<number> {
  if (entry.kind === 'color-meaning') {
    await saveColorMeaning(entry.color, entry.meaning, db);
    return 0;
  }
  if (entry.kind === 'pack-text') {
    const { edit } = entry;
    await updatePack(entry.packId, (pack) => applyTypedEdit(pack, edit, now), now, db);
    return 0;
  }
  const { note, ...rest } = entry.edit;
  const edit = note ? { ...rest, note: await deps.completeNote(note) } : rest;
  const outcome = await saveAnnotationEdit(entry.base, edit, { conflictTag: entry.conflictTag, now, db });
  return outcome.conflictCopy ? 1 : 0;
}

/** How long a window that just closed (or reloaded) may still hold its lock while the browser tears it down. */
const CLAIM_RETRIES_MS = [0, 100, 250, 500, 1000];

/**
 * Web Locks: a window holds its lock for its lifetime, so a lock we can take belongs to a window that is
 * gone. A reload's previous page may hold it a moment longer: asked again a few times before giving up.
 */
export function claimWithWebLocks(lockName: (session: string) => string) {
  const tryOnce = (name: string): Promise<(() => void) | null> =>
    new Promise((resolve) => {
      void navigator.locks.request(name, { ifAvailable: true }, (lock) => {
        if (!lock) {
          resolve(null);
          return undefined;
        }
        return new Promise<void>((release) => resolve(() => release()));
      });
    });
  return async (session: string): Promise<(() => void) | null> => {
    if (!navigator.locks) return () => {};
    for (const wait of CLAIM_RETRIES_MS) {
      if (wait) await new Promise((done) => setTimeout(done, wait));
      const release = await tryOnce(lockName(session));
      if (release) return release;
    }
    return null;
  };
}
