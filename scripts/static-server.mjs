// The browser edition's server: static files from out/renderer, nothing else, no dependencies.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { join } from 'node:path';
import { contentTypeFor, responseHeaders, safeRelativeSegments } from '../src/main/static-files.mjs';

/** Must equal WEB_EDITION_PORT in src/shared/platform/platform-contract.ts (a unit test checks). */
export const WEB_EDITION_PORT = 4317;

/** The request handler for `root`; exported so tests can serve it on a port of their own. */
export function createStaticHandler(root) {
  return async (request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return finish(response, 405);
    // The raw path, before any URL normalization, so `..` is refused rather than silently resolved.
    const rawPath = (request.url ?? '/').split(/[?#]/, 1)[0];
    const segments = safeRelativeSegments(rawPath);
    if (!segments) return finish(response, 403);
    const file = join(root, ...segments);
    try {
      const info = await stat(file);
      if (!info.isFile()) return finish(response, 404);
      // HTML is read whole: its CSP names the inline blocks it holds.
      const html = contentTypeFor(file).startsWith('text/html') ? await readFile(file) : undefined;
      response.writeHead(200, { ...responseHeaders(file, html), 'Content-Length': info.size });
      if (request.method === 'HEAD') return response.end();
      if (html) return response.end(html);
      createReadStream(file)
        .on('error', () => response.destroy())
        .pipe(response);
    } catch {
      finish(response, 404);
    }
  };
}

/** Listens on 127.0.0.1 only: the edition is for this machine, not the network. */
export function startStaticServer({ root, port, host = '127.0.0.1' }) {
  const server = createServer(createStaticHandler(root));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const { port: actualPort } = server.address();
      resolve({ server, url: `http://${host}:${actualPort}/` });
    });
  });
}

function finish(response, status) {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(`${status}\n`);
}
