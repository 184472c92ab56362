import { DOCUMENT_ID_PATTERN, WEB_EDITION_PORT } from '../platform/platform-contract';

/** Where a link points: a document, and within it an annotation and/or a passage. */
export interface PassageTarget {
  documentId: string;
  annotationId?: string;
  start?: number;
  end?: number;
}

/**
 * What a link says: null when it is not a Hamish link at all (another URL, a `#article` skip link),
 * `ok: false` when it is one but cannot be followed, so the reader can be told why nothing opened.
 */
export type PassageLink = { ok: true; target: PassageTarget } | { ok: false; reason: 'malformed' } | null;

/** Longer than any link Hamish writes; a link past this is refused before it is parsed. */
export const MAX_LINK_LENGTH = 2048;

/** The browser edition is always served on one fixed loopback port, so its links are stable too. */
export const BROWSER_EDITION_URL = `http://127.0.0.1:${WEB_EDITION_PORT}/`;

const ANNOTATION_ID_PATTERN = /^[0-9a-f-]{36}$/i;
const OFFSET_PATTERN = /^\d{1,9}$/;
/** Fragment keys that make a fragment a passage link rather than an in-page anchor. */
const FRAGMENT_KEYS = ['doc', 'annotation', 'start', 'end'] as const;
const MALFORMED = { ok: false, reason: 'malformed' } as const;

function query(target: PassageTarget): string {
  const params = new URLSearchParams();
  if (target.annotationId) params.set('annotation', target.annotationId);
  if (target.start !== undefined && target.end !== undefined) {
    params.set('start', String(target.start));
    params.set('end', String(target.end));
  }
  return params.toString();
}

/** Opens the desktop app at the passage (the `hamish` protocol is registered by the installed app). */
export function desktopLink(target: PassageTarget): string {
  const rest = query(target);
  return `hamish://open/${encodeURIComponent(target.documentId)}${rest ? `?${rest}` : ''}`;
}

/** Opens the browser edition at the passage: the fragment is read by the renderer, never sent to a server. */
export function browserLink(target: PassageTarget, base: string = BROWSER_EDITION_URL): string {
  const rest = query(target);
  return `${base}#doc=${encodeURIComponent(target.documentId)}${rest ? `&${rest}` : ''}`;
}

function isHamishScheme(link: string): boolean {
  return /^hamish:/i.test(link);
}

/** Whitespace and control characters: the URL parser would silently drop some of them. */
function hasInvisibleCharacters(link: string): boolean {
  if (/\s/.test(link)) return true;
  for (let i = 0; i < link.length; i += 1) {
    const code = link.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** A key given twice is ambiguous; one given once (or not at all) is read. */
function single(params: URLSearchParams, key: string): string | null | undefined {
  const values = params.getAll(key);
  if (values.length > 1) return undefined;
  return values[0] ?? null;
}

/** `hamish://open/<id>?…` → the document id (still encoded) and the query, or null. */
function readDesktopLink(link: string): { id: string; params: URLSearchParams } | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  // Chromium parses non-special schemes without a host: the path then carries `//open/<id>`.
  const path = `${url.host}${url.pathname}`.replace(/^\/*/, '');
  const [verb, id, ...extra] = path.split('/');
  if (verb !== 'open' || !id || extra.length > 0) return null;
  return { id, params: url.searchParams };
}

function readTarget(documentId: string | null, params: URLSearchParams): PassageLink {
  const annotationId = single(params, 'annotation');
  const start = single(params, 'start');
  const end = single(params, 'end');
  if (annotationId === undefined || start === undefined || end === undefined) return MALFORMED;
  if (documentId !== null && !DOCUMENT_ID_PATTERN.test(documentId)) return MALFORMED;
  if (annotationId !== null && !ANNOTATION_ID_PATTERN.test(annotationId)) return MALFORMED;
  if (documentId === null && annotationId === null) return MALFORMED;
  const target: PassageTarget = { documentId: documentId ?? '' };
  if (annotationId !== null) target.annotationId = annotationId;
  if (start === null && end === null) return { ok: true, target };
  if (start === null || end === null || !OFFSET_PATTERN.test(start) || !OFFSET_PATTERN.test(end)) {
    return MALFORMED;
  }
  if (Number(start) > Number(end)) return MALFORMED;
  return { ok: true, target: { ...target, start: Number(start), end: Number(end) } };
}

/**
 * Reads a `hamish://open/…` link or a browser-edition URL/fragment (`…#doc=…&annotation=…`).
 * Total: never throws, whatever the string.
 */
export function parsePassageLink(link: string): PassageLink {
  if (isHamishScheme(link)) {
    if (link.length > MAX_LINK_LENGTH || hasInvisibleCharacters(link)) return MALFORMED;
    const desktop = readDesktopLink(link);
    const documentId = desktop && decodeSegment(desktop.id);
    if (!desktop || documentId === null) return MALFORMED;
    return readTarget(documentId, desktop.params);
  }
  const hashAt = link.indexOf('#');
  if (hashAt < 0) return null;
  const params = new URLSearchParams(link.slice(hashAt + 1));
  if (!FRAGMENT_KEYS.some((key) => params.has(key))) return null;
  if (link.length > MAX_LINK_LENGTH) return MALFORMED;
  const documentId = single(params, 'doc');
  if (documentId === undefined) return MALFORMED;
  return readTarget(documentId, params);
}
