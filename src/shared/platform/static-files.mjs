// Plain JavaScript so the dependency-free browser-edition server (scripts/) can share it with the
// Electron app:// handler: both editions must refuse the same paths and send the same headers.

/** No inline scripts or styles, no eval, nothing remote: the app only ever talks to itself. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export function contentTypeFor(fileName) {
  const dot = fileName.lastIndexOf('.');
  const extension = dot >= 0 ? fileName.slice(dot).toLowerCase() : '';
  return Object.hasOwn(CONTENT_TYPES, extension) ? CONTENT_TYPES[extension] : 'application/octet-stream';
}

/** Headers every served file gets; HTML also gets the CSP. */
export function responseHeaders(fileName) {
  const contentType = contentTypeFor(fileName);
  const headers = {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
  if (contentType.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  return headers;
}

/** Characters no served file name contains; `:` also rules out drive letters and NTFS streams. */
const FORBIDDEN_IN_SEGMENT = /[/\\:\0]/;

/**
 * Turns a URL path (still percent-encoded, e.g. `/assets/index.js`) into decoded path segments that
 * cannot leave the served folder, or null when the path tries to: `..` (also as `%2e%2e`), encoded
 * slashes or backslashes, drive letters, empty segments (`//etc`), hidden files. `/` means index.html.
 */
export function safeRelativeSegments(pathname) {
  if (typeof pathname !== 'string' || !pathname.startsWith('/')) return null;
  if (pathname === '/') return ['index.html'];
  const segments = [];
  for (const encoded of pathname.slice(1).split('/')) {
    let segment;
    try {
      segment = decodeURIComponent(encoded);
    } catch {
      return null;
    }
    if (segment === '' || segment.startsWith('.') || FORBIDDEN_IN_SEGMENT.test(segment)) return null;
    if (Array.from(segment).some((ch) => (ch.codePointAt(0) ?? 0) < 0x20)) return null;
    segments.push(segment);
  }
  return segments;
}
