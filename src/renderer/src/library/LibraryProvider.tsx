import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { usePlatform } from '../platform/PlatformProvider';
import { createDocumentLibrary, type DocumentLibrary } from './document-library';

const LibraryContext = createContext<DocumentLibrary | null>(null);

/** The whole library, bundled and imported documents alike, for every screen and dialog. */
export function LibraryProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const library = useMemo(() => createDocumentLibrary(platform), [platform]);
  return <LibraryContext.Provider value={library}>{children}</LibraryContext.Provider>;
}

export function useDocumentLibrary(): DocumentLibrary {
  const library = useContext(LibraryContext);
  if (!library) throw new Error('useDocumentLibrary outside LibraryProvider');
  return library;
}
