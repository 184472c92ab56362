import DOMPurify, { type Config } from 'dompurify';
import { DROPPED_WITH_CONTENT, TEXT_STRUCTURE_ATTRIBUTES, TEXT_STRUCTURE_TAGS } from './text-structure';

/**
 * Text structure only: every other element is unwrapped (its text kept) or, for the ones whose content
 * is never text, dropped whole; every attribute but `lang` and `dir` goes, so no URL, handler or style
 * survives to be followed, run or loaded.
 */
export const TEXT_ONLY_PROFILE = {
  ALLOWED_TAGS: [...TEXT_STRUCTURE_TAGS],
  ALLOWED_ATTR: [...TEXT_STRUCTURE_ATTRIBUTES],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ADD_FORBID_CONTENTS: [...DROPPED_WITH_CONTENT],
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
  RETURN_DOM: true,
} satisfies Config;

let purifier: ReturnType<typeof DOMPurify> | null = null;

/**
 * Sanitizes one slice of imported HTML into the body of DOMPurify's own inert document (parsed by
 * DOMParser: its images never load, its scripts never run). The caller reads text from it and never
 * puts it into the page's document.
 */
export function sanitizeSlice(html: string): HTMLElement {
  purifier ??= createPurifier();
  const body = purifier.sanitize(html, TEXT_ONLY_PROFILE);
  if (body === null) throw new Error('DOMPurify could not parse a slice of the imported page');
  return body as HTMLElement;
}

function createPurifier(): ReturnType<typeof DOMPurify> {
  const instance = DOMPurify(window);
  // On a DOM it cannot use, DOMPurify returns its input unchanged: refuse rather than trust that.
  if (!instance.isSupported) throw new Error('DOMPurify is not supported in this window');
  return instance;
}
