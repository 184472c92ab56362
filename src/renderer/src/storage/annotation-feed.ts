import { useCallback, useSyncExternalStore } from 'react';
import { liveQuery, type Subscription } from 'dexie';
import type { Annotation } from '@shared/annotations/annotation-model';
import { readDocumentAnnotations, savePack, type DocumentReading } from './annotation-store';

/** Quiet time after a reading from the records before it is packed: edits come in bursts. */
const PACK_AFTER_MS = 2_000;

interface FeedState {
  /** Undefined until the first reading arrives. */
  annotations: Annotation[] | undefined;
  version?: string | null;
  error?: unknown;
}

interface Feed {
  state: FeedState;
  listeners: Set<() => void>;
  users: number;
  subscription: Subscription;
  packTimer?: ReturnType<typeof setTimeout>;
}

const NOT_READ: FeedState = { annotations: undefined };
const feeds = new Map<string, Feed>();

/**
 * Starts watching a document's annotations in IndexedDB (once, however many watch) and returns the
 * release. The reader opens the feed as soon as it knows the document's id, so the database reads while
 * the article is still being loaded and laid out rather than after.
 */
export function openAnnotationFeed(documentId: string): () => void {
  const feed = feeds.get(documentId) ?? createFeed(documentId);
  feed.users += 1;
  return () => {
    feed.users -= 1;
    // Kept for a task, so an immediate re-open (StrictMode, a quick back-and-forth) reuses the reading.
    setTimeout(() => {
      if (feed.users > 0 || feeds.get(documentId) !== feed) return;
      feed.subscription.unsubscribe();
      feeds.delete(documentId);
    });
  };
}

function createFeed(documentId: string): Feed {
  const feed: Feed = {
    state: NOT_READ,
    listeners: new Set(),
    users: 0,
    subscription: { unsubscribe() {}, closed: false },
  };
  feeds.set(documentId, feed);
  const update = (state: FeedState) => {
    feed.state = state;
    feed.listeners.forEach((listener) => listener());
  };
  const receive = (reading: DocumentReading) => {
    // Our own pack coming back: the same annotations, already shown.
    if (reading.fromPack && feed.state.annotations && feed.state.version === reading.version) return;
    update({ annotations: reading.annotations, version: reading.version });
    clearTimeout(feed.packTimer);
    if (!reading.fromPack) {
      feed.packTimer = setTimeout(() => void savePack(documentId, reading), PACK_AFTER_MS);
    }
  };
  feed.subscription = liveQuery(() => readDocumentAnnotations(documentId)).subscribe({
    next: receive,
    error: (error: unknown) => update({ ...feed.state, error }),
  });
  return feed;
}

/** The document's annotations as stored, live; undefined until the first reading arrives. */
export function useAnnotationFeed(documentId: string): Annotation[] | undefined {
  const subscribe = useCallback(
    (listener: () => void) => {
      const release = openAnnotationFeed(documentId);
      const feed = feeds.get(documentId);
      feed?.listeners.add(listener);
      return () => {
        feed?.listeners.delete(listener);
        release();
      };
    },
    [documentId],
  );
  const state = useSyncExternalStore(subscribe, () => feeds.get(documentId)?.state ?? NOT_READ);
  if (state.error !== undefined) throw state.error;
  return state.annotations;
}
