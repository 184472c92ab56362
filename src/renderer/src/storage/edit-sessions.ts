import { useSyncExternalStore } from 'react';
import type { Annotation, HighlightColor } from '@shared/annotations/annotation-model';
import { saveAnnotationEdit } from './annotation-edits';
import { clearJournalEntry, writeJournalEntry, type ColorMeaningJournalEntry } from './edit-journal';
import { AnnotationEditSession } from './edit-session';
import { saveColorMeaning } from './settings-store';

/** This window's id in the journal: entries it writes are replayed by a later window only once it is gone. */
export const WINDOW_SESSION: string = crypto.randomUUID();

export function sessionLockName(session: string): string {
  return `hamish-window-${session}`;
}

// Held for the window's lifetime; the browser releases it when the window closes, reloads or crashes.
if (typeof navigator !== 'undefined' && navigator.locks) {
  void navigator.locks.request(sessionLockName(WINDOW_SESSION), () => new Promise<never>(() => {}));
}

let conflictTag = 'conflict';
/** The reader's word for the tag on a conflict copy, in the UI language. */
export function setConflictTag(tag: string): void {
  conflictTag = tag;
}

const sessions = new Map<string, { session: AnnotationEditSession; users: number }>();
const listeners = new Set<() => void>();
let meaningsInFlight = 0;
let meaningSeq = 0;
let lastError: unknown = null;
let snapshot: EditState = { unsaved: false, error: null };

export interface EditState {
  /** Something typed is journaled but not yet committed to IndexedDB. */
  unsaved: boolean;
  /** The last save failed (its changes are kept and retried). */
  error: unknown;
}

function publish(): void {
  const list = [...sessions.values()].map((entry) => entry.session);
  const unsaved = meaningsInFlight > 0 || list.some((session) => session.hasUnsaved());
  const error = list.find((session) => session.error !== null)?.error ?? lastError;
  if (unsaved !== snapshot.unsaved || error !== snapshot.error) {
    snapshot = { unsaved, error };
    listeners.forEach((listener) => listener());
  }
}

function storage(): Storage {
  return window.localStorage;
}

/**
 * The session of an annotation being edited in this window, made on first ask (safe during a render:
 * it holds nothing until retained).
 */
export function editSessionFor(annotation: Annotation): AnnotationEditSession {
  let entry = sessions.get(annotation.id);
  if (!entry) {
    const session = new AnnotationEditSession(annotation, {
      storage: storage(),
      session: WINDOW_SESSION,
      save: (base, edit, tag) => saveAnnotationEdit(base, edit, { conflictTag: tag }),
      conflictTag: () => conflictTag,
      now: () => new Date(),
      onState: publish,
    });
    entry = { session, users: 0 };
    sessions.set(annotation.id, entry);
  }
  return entry.session;
}

/** Keeps a session while its editor is open; the release saves what is unsaved and forgets it once saved. */
export function retainEditSession(session: AnnotationEditSession): () => Promise<void> {
  const held = sessions.get(session.id) ?? { session, users: 0 };
  sessions.set(session.id, held);
  held.users += 1;
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    held.users -= 1;
    try {
      await held.session.flush();
    } finally {
      if (held.users === 0 && !held.session.hasUnsaved() && sessions.get(held.session.id) === held) {
        sessions.delete(held.session.id);
        publish();
      }
    }
  };
}

/** Saves every edit open in this window (before a delete, a close, a page hide). */
export async function flushEdits(ids?: readonly string[]): Promise<void> {
  const chosen = [...sessions.values()].filter((entry) => !ids || ids.includes(entry.session.id));
  await Promise.allSettled(chosen.map((entry) => entry.session.flush()));
}

/** A colour's meaning: journaled synchronously, then merged into the stored meanings. */
export async function durableColorMeaning(color: HighlightColor, meaning: string): Promise<void> {
  const entry: ColorMeaningJournalEntry = {
    kind: 'color-meaning',
    session: WINDOW_SESSION,
    // Increasing across reloads too, so a commit never clears a newer entry.
    seq: (meaningSeq = Math.max(Date.now(), meaningSeq + 1)),
    at: new Date().toISOString(),
    color,
    meaning,
  };
  writeJournalEntry(storage(), entry);
  meaningsInFlight += 1;
  publish();
  try {
    await saveColorMeaning(color, meaning);
    lastError = null;
    clearJournalEntry(storage(), entry);
  } catch (error) {
    lastError = error;
    throw error;
  } finally {
    meaningsInFlight -= 1;
    publish();
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useEditState(): EditState {
  return useSyncExternalStore(subscribe, () => snapshot);
}

export function useSessionRevision(session: AnnotationEditSession): number {
  return useSyncExternalStore(
    (listener) => session.subscribe(listener),
    () => session.revision,
  );
}
