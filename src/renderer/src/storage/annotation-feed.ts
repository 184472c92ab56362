import { useCallback, useSyncExternalStore } from 'react';
import type { Annotation } from '@shared/annotations/annotation-model';
import { watchDocumentAnnotations, type WatchUpdate } from './annotation-watch';

interface FeedState {
  /** Undefined until the first reading arrives. */
  annotations: Annotation[] | undefined;
  error?: unknown;
}

interface Feed {
  state: FeedState;
  listeners: Set<() => void>;
  users: number;
  stop: () => void;
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
      feed.stop();
      feeds.delete(documentId);
    });
  };
}

function createFeed(documentId: string): Feed {
  const feed: Feed = { state: NOT_READ, listeners: new Set(), users: 0, stop: () => {} };
  feeds.set(documentId, feed);
  feed.stop = watchDocumentAnnotations(documentId, (update: WatchUpdate) => {
    feed.state = 'error' in update ? { ...feed.state, error: update.error } : update;
    feed.listeners.forEach((listener) => listener());
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
