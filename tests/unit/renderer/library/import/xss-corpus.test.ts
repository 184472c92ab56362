// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { DraftBlock } from '@shared/document/document-model';
import type { ImportFormat } from '@shared/document/document-model';
import { extractFile } from '@renderer/library/import/extract-file';
import { createFileImporter } from '@renderer/library/import/run-import';
import { sanitizeSlice } from '@renderer/library/import/sanitize-html';
import { TEXT_STRUCTURE_ATTRIBUTES, TEXT_STRUCTURE_TAGS } from '@renderer/library/import/text-structure';
import { XSS_PAYLOADS } from '../../../../fixtures/import/xss/payloads';
import { InProcessWorker } from './in-process-worker';

const ALLOWED_TAGS = new Set<string>(TEXT_STRUCTURE_TAGS);
const ALLOWED_ATTRIBUTES = new Set<string>(TEXT_STRUCTURE_ATTRIBUTES);
const BLOCK_KEYS = new Set(['kind', 'text', 'lang', 'dir', 'style', 'marker']);
const importFile = createFileImporter(() => new InProcessWorker());

/** Every element and attribute of a sanitized slice, checked against the allowlist. */
function expectTextStructureOnly(root: Element): void {
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))].slice(1)) {
    expect(ALLOWED_TAGS, element.outerHTML).toContain(element.localName);
    expect(element.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
    for (const attribute of Array.from(element.attributes))
      expect(ALLOWED_ATTRIBUTES).toContain(attribute.name);
  }
  expect(root.ownerDocument).not.toBe(document);
}

function expectTextBlocksOnly(blocks: DraftBlock[]): void {
  for (const block of blocks) {
    expect(['heading', 'paragraph']).toContain(block.kind);
    expect(typeof block.text).toBe('string');
    for (const key of Object.keys(block)) expect(BLOCK_KEYS).toContain(key);
  }
}

describe('the XSS corpus', () => {
  it('has at least 50 payloads, HTML and Markdown, each with its own marker and address', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(XSS_PAYLOADS.map((payload) => payload.kind))).toEqual(new Set(['html', 'markdown']));
    expect(new Set(XSS_PAYLOADS.map((payload) => payload.marker)).size).toBe(XSS_PAYLOADS.length);
  });
});

describe.each(XSS_PAYLOADS.map((payload) => [`${payload.fileName}: ${payload.name}`, payload] as const))(
  '%s',
  (_, payload) => {
    it('imports as text blocks only, and nothing runs', async () => {
      const bytes = new TextEncoder().encode(payload.source);
      const outcome = await importFile({ name: payload.fileName, size: bytes.length, bytes });
      // Each payload sits in a page (or note) with text enough to import: refusing it would prove nothing.
      expect(outcome).toMatchObject({ ok: true });
      if (outcome.ok) expectTextBlocksOnly(outcome.draft.blocks);
      expect((window as unknown as Record<string, unknown>)[payload.marker]).toBeUndefined();
    });

    it('reaches the page only as text structure, even unfiltered by the worker', () => {
      expectTextStructureOnly(sanitizeSlice(payload.source));
      const format: ImportFormat = payload.kind === 'html' ? 'html' : 'markdown';
      const extraction = extractFile(
        payload.fileName,
        format,
        new TextEncoder().encode(payload.source),
        () => undefined,
      );
      if (extraction.kind === 'page') {
        for (const slice of extraction.page.slices) expectTextStructureOnly(sanitizeSlice(slice.html));
      }
    });
  },
);
