import { useEffect, useState } from 'react';
import type { DocumentLibrary } from './document-library';
import type { LibraryEntry } from './library-query';

interface Watched {
  library: DocumentLibrary;
  entries?: LibraryEntry[];
  error?: unknown;
}

/** The library's cards, live: imports, deletions, new highlights and openings show as they commit. */
export function useLibrary(library: DocumentLibrary): LibraryEntry[] | undefined {
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
  if (watched.library !== library) return undefined;
  if (watched.error !== undefined) throw watched.error;
  return watched.entries;
}
