// Plain JavaScript so the dependency-free browser-edition server (scripts/) can share it with the
// Electron app:// handler: both editions must refuse the same paths and send the same headers.

import { createHash } from 'node:crypto';

/**
 * Nothing remote, no eval, and no inline script or style except the exact blocks a page was built with
 * (index.html inlines its boot script and stylesheet so the article paints without waiting for them):
 * those are allowed by their SHA-256, so markup injected later cannot run or restyle anything.
 */
export function contentSecurityPolicy(html = '', { forMeta = false } = {}) {
  const { scripts, styles } = inlineBlockHashes(html);
  const directives = [
    "default-src 'self'",
    ["script-src 'self'", ...scripts].join(' '),
    ["style-src 'self'", ...styles].join(' '),
    "font-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    // The browser edition's offline service worker and install manifest (docs/architecture.md).
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  // Browsers ignore frame-ancestors in a <meta> policy (and warn): it is sent as a header only.
  if (!forMeta) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

/** CSP source expressions for every inline <script> (without src) and <style> in `html`. */
export function inlineBlockHashes(html) {
  const hashes = (pattern) =>
    [...html.matchAll(pattern)].map(
      (match) => `'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`,
    );
  return {
    scripts: hashes(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi),
    styles: hashes(/<style[^>]*>([\s\S]*?)<\/style>/gi),
  };
}

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

/** Headers every served file gets; HTML (whose text `body` is) also gets the CSP, allowing its own inline blocks. */
export function responseHeaders(fileName, body = '') {
  const contentType = contentTypeFor(fileName);
  const headers = {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
  if (contentType.startsWith('text/html')) {
    const html = typeof body === 'string' ? body : new TextDecoder().decode(body);
    headers['Content-Security-Policy'] = contentSecurityPolicy(html);
  }
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
