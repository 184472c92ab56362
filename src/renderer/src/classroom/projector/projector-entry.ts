import { useSyncExternalStore } from 'react';

/** Opens projector mode, handing back focus to `returnTo` (else to what had it) when it closes. */
export type OpenProjector = (returnTo?: HTMLElement | null) => void;

// The header (which holds the reading controls) and the reader are siblings: this is the line between them.
let opener: OpenProjector | null = null;
const listeners = new Set<() => void>();

/** The reader offers projector mode while it is shown; the returned function withdraws the offer. */
export function offerProjector(open: OpenProjector): () => void {
  opener = open;
  listeners.forEach((listener) => listener());
  return () => {
    if (opener !== open) return;
    opener = null;
    listeners.forEach((listener) => listener());
  };
}

/** Opens projector mode on the reader shown, if any. */
export function openProjector(returnTo?: HTMLElement | null): void {
  opener?.(returnTo);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a reader is shown that projector mode can open on (the library has none). */
export function useProjectorAvailable(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => opener !== null,
    () => false,
  );
}
