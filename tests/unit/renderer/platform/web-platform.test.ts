import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HamishDb } from '@renderer/storage/db';
import { createWebPlatform } from '@renderer/platform/web-platform';
import { BACKUP_NAME_PATTERN } from '@shared/platform/platform-contract';

const LIBRARY = new URL('../../../../resources/library/', import.meta.url);
const BASE = 'http://127.0.0.1:4317/';

function serveLibrary(overrides: Record<string, string> = {}) {
  return vi.fn(async (url: URL | string) => {
    const path = decodeURIComponent(new URL(url).pathname.replace(/^\/library\//, ''));
    const body =
      overrides[path] ??
      (() => {
        try {
          return readFileSync(new URL(path, LIBRARY), 'utf8');
        } catch {
          return null;
        }
      })();
    return body === null ? new Response('missing', { status: 404 }) : new Response(body, { status: 200 });
  });
}

describe('the web platform adapter', () => {
  let db: HamishDb;
  beforeEach(() => {
    db = new HamishDb(`web-platform-${Math.random()}`);
  });
  afterEach(async () => {
    vi.unstubAllGlobals();
    await db.delete();
  });

  it('lists and loads the bundled library over HTTP, parsed the same way as in Electron', async () => {
    vi.stubGlobal('fetch', serveLibrary());
    const platform = createWebPlatform(BASE, () => db);
    const documents = await platform.listDocuments();
    expect(documents.map((d) => d.id)).toEqual(['china-interests-kazakhstan-2022']);
    expect(documents[0]?.publication).toBe('2022-01');
    const document = await platform.loadDocument('china-interests-kazakhstan-2022');
    expect(document.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(21);
    expect(document.versionId).toMatch(/^china-interests-kazakhstan-2022@[0-9a-f]{16}$/);
  });

  it('reports a missing file and a broken manifest as errors, not as an empty library', async () => {
    vi.stubGlobal('fetch', serveLibrary({ 'china-interests-kazakhstan-2022.json': '{"id": 5}' }));
    const platform = createWebPlatform(BASE, () => db);
    await expect(platform.loadDocument('china-interests-kazakhstan-2022')).rejects.toThrow(/manifest/i);
    await expect(platform.loadDocument('not-there')).rejects.toThrow(/404/);
  });

  it('keeps backups in IndexedDB under names both editions accept', async () => {
    const platform = createWebPlatform(BASE, () => db);
    const entry = await platform.writeBackup('before-restore', '{"items":[]}');
    expect(entry.name).toMatch(BACKUP_NAME_PATTERN);
    expect((await platform.listBackups()).map((b) => b.name)).toEqual([entry.name]);
    expect(await platform.readBackup(entry.name)).toBe('{"items":[]}');
    await expect(platform.readBackup('hamish-backup-nope-daily.json')).rejects.toThrow();
  });
});
