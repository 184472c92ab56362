import { createContext, useContext } from 'react';

/** Opens a library document in the reader, from wherever a link to it is shown. */
export const OpenDocumentContext = createContext<(id: string) => void>(() => {});

export function useOpenDocument(): (id: string) => void {
  return useContext(OpenDocumentContext);
}
