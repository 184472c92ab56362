import { parseHTML } from 'linkedom/worker';

/*
 * The browser build of decode-named-character-reference (under the Markdown parser) decodes entities
 * with `document.createElement` as soon as it loads, and a worker has no document: it gets an inert
 * linkedom one. The worker entry imports this module first, before anything that needs it.
 */
const scope = globalThis as { document?: unknown };
scope.document ??= parseHTML('<!doctype html><html><body></body></html>').document;
