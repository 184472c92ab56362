import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createLibrary, resolveLibraryDir } from '../../../src/main/library-files';

const bundled = resolve(import.meta.dirname, '../../../resources/library');
const ID = 'china-interests-kazakhstan-2022';
const bundledManifest = JSON.parse(readFileSync(join(bundled, `${ID}.json`), 'utf8')) as object;

describe('resolveLibraryDir', () => {
  it('reads from the repository while developing and from resources when installed', () => {
    expect(resolveLibraryDir({ isPackaged: false, resourcesPath: '/r', appPath: '/repo' })).toBe(
      join('/repo', 'resources', 'library'),
    );
    expect(resolveLibraryDir({ isPackaged: true, resourcesPath: '/r', appPath: '/repo/app.asar' })).toBe(
      join('/r', 'library'),
    );
  });
});

describe('library files', () => {
  it('lists the bundled documents', async () => {
    const summaries = await createLibrary(bundled).listDocuments();
    expect(summaries.map((s) => s.id)).toEqual([ID]);
    expect(summaries[0]).toMatchObject({ language: 'ar', direction: 'rtl' });
  });

  it('loads a bundled document with its version id', async () => {
    const document = await createLibrary(bundled).loadDocument(ID);
    expect(document.manifest.id).toBe(ID);
    expect(document.versionId).toBe(`${ID}@${document.contentHash}`);
    expect(document.blocks.length).toBeGreaterThan(1);
  });

  it('refuses ids the index does not list, without reading a file for them', async () => {
    const read: string[] = [];
    const library = createLibrary('/lib', async (path) => {
      read.push(path);
      if (path.endsWith('index.json')) return JSON.stringify({ documents: ['a'] });
      throw new Error(`unexpected read of ${path}`);
    });
    await expect(library.loadDocument('b')).rejects.toThrow(/No document "b"/);
    await expect(library.loadDocument('../etc/passwd')).rejects.toThrow(/No document/);
    expect(read).toEqual([join('/lib', 'index.json')]);
  });

  it('refuses a manifest filed under another id', async () => {
    const manifest = { ...bundledManifest, id: 'b' };
    const library = createLibrary('/lib', async (path) =>
      JSON.stringify(path.endsWith('index.json') ? { documents: ['a'] } : manifest),
    );
    await expect(library.loadDocument('a')).rejects.toThrow(/different id/);
  });

  it('links a "read also" title to the bundled document it names, folded as find folds', async () => {
    const files: Record<string, string> = {
      'index.json': JSON.stringify({ documents: ['main', 'oil'] }),
      'main.json': JSON.stringify({ ...bundledManifest, id: 'main', file: 'main.txt' }),
      'oil.json': JSON.stringify({
        ...bundledManifest,
        id: 'oil',
        file: 'oil.txt',
        title: 'النفطُ نقطةُ ضعفِ الصين',
      }),
      'main.txt': 'العنوان\n\nفقرة.\n\nاقرأ أيضا:\n\nالنفط نقطة ضعف الصين\n\nعنوان لا مقال له',
    };
    const library = createLibrary('/lib', async (path) => files[path.slice('/lib/'.length)]!);
    const { related } = await library.loadDocument('main');
    expect(related).toEqual([
      { title: 'النفط نقطة ضعف الصين', documentId: 'oil' },
      { title: 'عنوان لا مقال له', documentId: null },
    ]);
  });

  it('names the file when its JSON is broken', async () => {
    const library = createLibrary('/lib', async () => '{broken');
    await expect(library.listDocuments()).rejects.toThrow(/index.json is not valid JSON/);
  });
});
