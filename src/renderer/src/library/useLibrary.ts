import { useEffect, useState } from 'react';
import type { DocumentLibrary, LibraryTitle } from './document-library';
import type { LibraryEntry } from './library-query';

interface Watched<T> {
  library: DocumentLibrary;
  value?: T;
  error?: unknown;
}

type Watch<T> = (
  library: DocumentLibrary,
  listener: (value: T) => void,
  onError: (error: unknown) => void,
) => () => void;

const watchEntries: Watch<LibraryEntry[]> = (library, listener, onError) =>
  library.watchEntries(listener, onError);
const watchTitles: Watch<LibraryTitle[]> = (library, listener, onError) =>
  library.watchTitles(listener, onError);

/** What `watch` reports of the library, live, or why it could not be read. */
function useWatched<T>(library: DocumentLibrary, watch: Watch<T>): { value?: T; error?: unknown } {
  const [watched, setWatched] = useState<Watched<T>>({ library });
  useEffect(
    () =>
      watch(
        library,
        (value) => setWatched({ library, value }),
        (error) => setWatched({ library, error }),
      ),
    [library, watch],
  );
  // A reading of another library (the provider changed) is not this one's.
  return watched.library === library ? watched : {};
}

/** The library's cards, live, or why they could not be read. */
export function useLibraryState(library: DocumentLibrary): { entries?: LibraryEntry[]; error?: unknown } {
  const { value, error } = useWatched(library, watchEntries);
  return { entries: value, error };
}

/**
 * Every document's title, live (imports, replacements, deletions), or undefined while unread or when the
 * library could not be read: for a view that can go on without them (the reader's "read also" links).
 */
export function useLibraryTitles(library: DocumentLibrary): LibraryTitle[] | undefined {
  return useWatched(library, watchTitles).value;
}

/** The library's cards, live: imports, deletions, new highlights and openings show as they commit. */
export function useLibrary(library: DocumentLibrary): LibraryEntry[] | undefined {
  const { entries, error } = useLibraryState(library);
  if (error !== undefined) throw error;
  return entries;
}
