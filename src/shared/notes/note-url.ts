/** Schemes a note may name: web pages, e-mail, and links back into Hamish itself. */
const NOTE_URL_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'hamish']);

/** Far longer than any real link; a bound keeps one hostile URL from filling a note. */
export const MAX_NOTE_URL_CHARS = 2_048;

/** A scheme, as RFC 3986 spells it, at the very start: nothing may hide in front of it. */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Browsers drop tabs and newlines inside a URL ("java\tscript:"), so no control or space is accepted. */
const CONTROL_OR_SPACE = /[\p{Cc}\s]/u;

/**
 * Whether a note may keep this URL: http(s) with a host, mailto and hamish only. An allow-list, so
 * `javascript:`, `data:`, `vbscript:`, `file:` and whatever comes next are all refused.
 */
export function isAllowedNoteUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > MAX_NOTE_URL_CHARS || CONTROL_OR_SPACE.test(url)) return false;
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined || !NOTE_URL_SCHEMES.has(scheme)) return false;
  if (scheme === 'http' || scheme === 'https') return hasHost(url);
  return url.length > scheme.length + 1;
}

/** The authority written out, as a reader expects it: browsers would quietly read "https:///x" as host "x". */
const WEB_AUTHORITY = /^https?:\/\/[^/\\?#]/i;

function hasHost(url: string): boolean {
  if (!WEB_AUTHORITY.test(url)) return false;
  try {
    return new URL(url).hostname !== '';
  } catch {
    return false;
  }
}
