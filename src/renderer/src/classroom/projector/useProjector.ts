import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { offerProjector, type OpenProjector } from './projector-entry';

/** Asks for the whole screen; where it is refused (a policy, an iframe, no API) the mode goes on in the window. */
function enterFullscreen(): void {
  void window.document.documentElement.requestFullscreen?.().catch(() => undefined);
}

/**
 * Projector mode's on/off state for the reader: offered to the header's reading controls while the reader
 * is shown, opened from there or the P key, and on closing gives the focus back to what opened it.
 */
export function useProjector(article: RefObject<HTMLElement | null>): {
  active: boolean;
  open: OpenProjector;
  close: () => void;
} {
  const [active, setActive] = useState(false);
  const returnTo = useRef<HTMLElement | null>(null);

  const open = useCallback<OpenProjector>((target) => {
    // Asked again while open (P in the mode): the way back stays what opened it first.
    if (returnTo.current) return;
    const focused = window.document.activeElement;
    returnTo.current = target ?? (focused instanceof HTMLElement ? focused : window.document.body);
    // Inside the click or key press: browsers grant the whole screen only to a user's gesture.
    enterFullscreen();
    setActive(true);
  }, []);
  const close = useCallback(() => setActive(false), []);

  useEffect(() => offerProjector(open), [open]);

  // After the mode's own cleanup has shown the chrome again: a hidden control cannot take the focus.
  useEffect(() => {
    const target = returnTo.current;
    if (active || !target) return;
    returnTo.current = null;
    (target.isConnected && target !== window.document.body ? target : article.current)?.focus({
      preventScroll: true,
    });
  }, [active, article]);

  return { active, open, close };
}
