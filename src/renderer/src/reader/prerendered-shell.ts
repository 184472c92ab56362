import { useLayoutEffect } from 'react';

/** The article markup index.html is built with (src/renderer/prerender/article-shell.ts; src/renderer/boot.js). */
export const SHELL_ID = 'prerendered-article';

/** Removes the prerendered article in the same frame React first shows a real screen (`when` it is one). */
export function useDismissPrerenderedShell(when = true): void {
  useLayoutEffect(() => {
    if (when) document.getElementById(SHELL_ID)?.remove();
  }, [when]);
}
