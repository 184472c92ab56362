import Dexie, { type ObservabilitySet } from 'dexie';
import type { Annotation } from '@shared/annotations/annotation-model';
import { keepUnchanged, patchAnnotations } from '@shared/annotations/patch-annotations';
import { getDb, type HamishDb } from './db';
import {
  readAnnotationRecords,
  readDocumentAnnotations,
  savePack,
  type DocumentReading,
} from './annotation-store';
import { annotationChange, MAX_PATCHED_RECORDS, type AnnotationChange } from './mutated-annotations';

/**
 * Quiet time after a change before the document is packed. Longer than the note editor's longest wait
 * between saves (2 s), so that packing (a whole reading and a JSON of every annotation, ~0.3 s of main
 * thread with 10,000) never lands in the middle of someone typing.
 */
export const PACK_AFTER_MS = 5_000;

export type WatchUpdate = { annotations: Annotation[] } | { error: unknown };

export interface WatchOptions {
  db?: HamishDb;
  packAfterMs?: number;
}

/** What the next reading must cover: the whole document, or the records written since the last one. */
type Pending = 'whole' | Set<string> | null;

/**
 * Follows a document's annotations as stored and returns the stop. The first reading is whole (from the
 * pack when exact). After it, a write to a few records re-reads only those, with the version, and patches
 * the list, keeping the objects of every other annotation: a note saved while typing costs its own record,
 * not the document's 10,000. Anything else (a range, a clear, many records) reads the whole document again.
 * After a quiet spell the document is packed, but only from a whole reading: a patched list may lack a
 * write whose news (from another window) has not arrived yet, and a pack must be exact for its version.
 */
export function watchDocumentAnnotations(
  documentId: string,
  onUpdate: (update: WatchUpdate) => void,
  { db = getDb(), packAfterMs = PACK_AFTER_MS }: WatchOptions = {},
): () => void {
  let shown: Annotation[] | undefined;
  let version: string | null = null;
  /** The version `shown` was read whole at, while no write to the document came since; else undefined. */
  let exactAt: string | null | undefined;
  let pending: Pending = 'whole';
  /** False until a whole reading, and after a failed one: patches need a list known to be right. */
  let trusted = false;
  let failed = false;
  let running = false;
  let scheduled = false;
  let stopped = false;
  let packDue = false;
  let packTimer: ReturnType<typeof setTimeout> | undefined;

  const show = (next: Annotation[]) => {
    if (next === shown && !failed) return;
    shown = next;
    failed = false;
    onUpdate({ annotations: next });
  };

  const pack = () => {
    packDue = false;
    if (shown) void savePack(documentId, { annotations: shown, version }, db);
  };

  const packWhenQuiet = () => {
    clearTimeout(packTimer);
    packTimer = setTimeout(
      () =>
        whenIdle(() => {
          if (stopped) return;
          packDue = true;
          if (exactAt === version) pack();
          else request('whole');
        }),
      packAfterMs,
    );
  };

  const takeWhole = (reading: DocumentReading) => {
    trusted = true;
    version = reading.version;
    exactAt = reading.version;
    show(shown ? keepUnchanged(shown, reading.annotations) : reading.annotations);
    if (reading.fromPack) {
      packDue = false;
      clearTimeout(packTimer);
    } else if (packDue) pack();
    else packWhenQuiet();
  };

  const takeRecords = async (ids: Set<string>) => {
    const reading = await readAnnotationRecords(documentId, [...ids], db);
    if (stopped) return;
    const next = patchAnnotations(shown ?? [], documentId, ids, reading.records);
    if (!next) {
      // A record IndexedDB may order otherwise than a plain comparison does: read it all, as before.
      request('whole');
      return;
    }
    const moved = reading.version !== version;
    version = reading.version;
    if (exactAt !== version) exactAt = undefined;
    show(next);
    if (moved) packWhenQuiet();
  };

  const drain = async () => {
    running = true;
    while (!stopped && pending) {
      const job: Pending = pending;
      pending = null;
      try {
        if (job === 'whole' || !trusted) {
          const reading = await readDocumentAnnotations(documentId, db);
          if (!stopped) takeWhole(reading);
        } else await takeRecords(job);
      } catch (error) {
        trusted = false;
        pending = null;
        if (!stopped && !quiet(error)) {
          failed = true;
          onUpdate({ error });
        }
      }
    }
    running = false;
  };

  const request = (change: 'whole' | AnnotationChange) => {
    if (typeof change === 'string' || pending === 'whole') pending = 'whole';
    else {
      const ids = pending ?? new Set<string>();
      change.forEach((id) => ids.add(id));
      pending = ids.size > MAX_PATCHED_RECORDS ? 'whole' : ids;
    }
    if (running || scheduled) return;
    scheduled = true;
    // Out of the writer's Dexie zone (this runs in its transaction's completion), and one read per burst.
    setTimeout(() => {
      scheduled = false;
      if (!running) void drain();
    });
  };

  const onMutation = (parts: ObservabilitySet) => {
    const change = annotationChange(parts, db.name, documentId);
    if (change === 'everything' || change.length > 0) request(change);
  };

  Dexie.on.storagemutated.subscribe(onMutation);
  request('whole');
  return () => {
    stopped = true;
    clearTimeout(packTimer);
    Dexie.on.storagemutated.unsubscribe(onMutation);
  };
}

/** As Dexie's live queries: a closing database or an aborted read is no error to show; the next change reads again. */
function quiet(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'DatabaseClosedError' || name === 'AbortError';
}

/** Runs `work` when the main thread is idle (at once where the browser cannot tell, as in Node tests). */
function whenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(work, { timeout: 2_000 });
  else work();
}
