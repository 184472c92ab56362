import { useEffect, useState } from 'react';
import type { DocumentLibrary } from './document-library';
import type { LibraryEntry } from './library-query';

interface Watched {
  library: DocumentLibrary;
  entries?: LibraryEntry[];
  error?: unknown;
}

/**
 * The library's cards, live, or why they could not be read: for a view that can go on without them
 * (the reader's "read also" links).
 */
export function useLibraryState(library: DocumentLibrary): { entries?: LibraryEntry[]; error?: unknown } {
  const [watched, setWatched] = useState<Watched>({ library });
  useEffect(
    () =>
      library.watchEntries(
        (entries) => setWatched({ library, entries }),
        (error) => setWatched({ library, error }),
      ),
    [library],
  );
  // A reading of another library (the provider changed) is not this one's.
  return watched.library === library ? watched : {};
}

/** The library's cards, live: imports, deletions, new highlights and openings show as they commit. */
export function useLibrary(library: DocumentLibrary): LibraryEntry[] | undefined {
  const { entries, error } = useLibraryState(library);
  if (error !== undefined) throw error;
  return entries;
}
