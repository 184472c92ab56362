import { DOCUMENT_ID_PATTERN, WEB_EDITION_PORT } from '../platform/platform-contract';

/** Where a link points: a document, and within it an annotation and/or a passage. */
export interface PassageTarget {
  documentId: string;
  annotationId?: string;
  start?: number;
  end?: number;
}

/** The browser edition is always served on one fixed loopback port, so its links are stable too. */
export const BROWSER_EDITION_URL = `http://127.0.0.1:${WEB_EDITION_PORT}/`;

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

function offset(value: string | null): number | undefined {
  if (value === null || !/^\d{1,9}$/.test(value)) return undefined;
  return Number(value);
}

/** Reads a `hamish://open/…` link or a browser-edition URL/fragment; null for anything else. */
export function parsePassageLink(link: string): PassageTarget | null {
  let documentId: string | null;
  let params: URLSearchParams;
  if (/^hamish:/i.test(link)) {
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
    documentId = decodeURIComponent(id);
    params = url.searchParams;
  } else {
    const hash = link.slice(link.indexOf('#') + 1);
    if (!link.includes('#') || !hash) return null;
    params = new URLSearchParams(hash);
    documentId = params.get('doc');
  }
  const annotationId = params.get('annotation') ?? undefined;
  if (documentId !== null && !DOCUMENT_ID_PATTERN.test(documentId)) return null;
  if (annotationId !== undefined && !/^[0-9a-f-]{36}$/i.test(annotationId)) return null;
  if (documentId === null && annotationId === undefined) return null;
  const start = offset(params.get('start'));
  const end = offset(params.get('end'));
  const target: PassageTarget = { documentId: documentId ?? '' };
  if (annotationId) target.annotationId = annotationId;
  if (start !== undefined && end !== undefined && start <= end) Object.assign(target, { start, end });
  return target;
}
