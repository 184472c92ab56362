import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BaseWindow, OpenDialogOptions } from 'electron';
import { IMPORT_MAX_BYTES } from '@shared/import/import-model';
import { IMPORT_FILE_EXTENSIONS, OPEN_FILE_EXTENSIONS } from '@shared/platform/platform-contract';
import {
  chooseImportFiles,
  importDialogOptions,
  nodeImportFileSystem,
  readImportFile,
  readImportFiles,
  type ImportFileSystem,
  type ShowOpenDialog,
} from '../../../src/main/import-files';

const encode = (text: string) => new TextEncoder().encode(text);

/** Files by path: a size alone stands for a file too big to hold in a test; `unreadable` fails there. */
type FakeEntry = { text: string } | { size: number } | { directory: true } | { unreadable: 'stat' | 'read' };

function fakeFileSystem(entries: Record<string, FakeEntry>) {
  const reads: string[] = [];
  const fs: ImportFileSystem = {
    async stat(path) {
      const entry = entries[path];
      if (!entry) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      if ('unreadable' in entry && entry.unreadable === 'stat') throw new Error(`EACCES: ${path}`);
      const size = 'text' in entry ? encode(entry.text).byteLength : 'size' in entry ? entry.size : 0;
      return { size, isDirectory: () => 'directory' in entry };
    },
    async readFile(path) {
      reads.push(path);
      const entry = entries[path];
      if (!entry || !('text' in entry)) throw new Error(`EACCES: ${path}`);
      return encode(entry.text);
    },
  };
  return { fs, reads };
}

const decoded = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const parent = { id: 'reader window' } as unknown as BaseWindow;

describe('reading files for import', () => {
  let warn: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it.each([
    ['a text file', '/home/reader/مقالات/مقال.txt', { text: 'هامش' }, 'مقال.txt', 8, 'هامش'],
    ['a web page', '/tmp/page.html', { text: '<p>x</p>' }, 'page.html', 8, '<p>x</p>'],
    ['an empty file', '/tmp/empty.md', { text: '' }, 'empty.md', 0, ''],
  ])('gives %s by its name, size and bytes, never its path', async (_case, path, entry, name, size, text) => {
    const { fs } = fakeFileSystem({ [path]: entry });
    const file = await readImportFile(path, fs);
    expect(Object.keys(file!).sort()).toEqual(['bytes', 'name', 'size']);
    expect(file).toMatchObject({ name, size });
    expect(decoded(file!.bytes)).toBe(text);
    expect(JSON.stringify({ ...file, bytes: null })).not.toContain('/');
  });

  it('does not read a file over the limit: its size says why it is refused', async () => {
    const { fs, reads } = fakeFileSystem({ '/tmp/huge.html': { size: IMPORT_MAX_BYTES + 1 } });
    const file = await readImportFile('/tmp/huge.html', fs);
    expect(file).toEqual({ name: 'huge.html', size: IMPORT_MAX_BYTES + 1, bytes: new Uint8Array(0) });
    expect(reads).toEqual([]);
  });

  it('reads a file exactly at the limit', async () => {
    const { fs } = fakeFileSystem({ '/tmp/a.txt': { text: 'abcd' } });
    expect((await readImportFile('/tmp/a.txt', fs, 4))?.size).toBe(4);
    expect(await readImportFile('/tmp/a.txt', fs, 3)).toEqual({
      name: 'a.txt',
      size: 4,
      bytes: new Uint8Array(0),
    });
  });

  it('drops the bytes of a file that grew past the limit between stat and read', async () => {
    const { fs } = fakeFileSystem({ '/tmp/growing.txt': { text: 'abcdef' } });
    const lying: ImportFileSystem = { ...fs, stat: async () => ({ size: 2, isDirectory: () => false }) };
    expect(await readImportFile('/tmp/growing.txt', lying, 4)).toEqual({
      name: 'growing.txt',
      size: 6,
      bytes: new Uint8Array(0),
    });
  });

  it.each([
    ['cannot be listed', { unreadable: 'stat' } as const, 0],
    ['cannot be read', { unreadable: 'read' } as const, 0],
  ])('reports a file that %s as unreadable, by name, and logs the cause', async (_case, entry, size) => {
    const { fs } = fakeFileSystem({ '/tmp/locked.txt': entry });
    expect(await readImportFile('/tmp/locked.txt', fs)).toEqual({
      name: 'locked.txt',
      size,
      bytes: new Uint8Array(0),
      error: 'unreadable',
    });
    expect(String(warn.mock.calls[0]?.[0])).toContain('locked.txt');
  });

  it('keeps the size it learnt of a file whose read failed', async () => {
    const fs: ImportFileSystem = {
      stat: async () => ({ size: 42, isDirectory: () => false }),
      readFile: async () => {
        throw new Error('EIO');
      },
    };
    expect(await readImportFile('/tmp/bad.epub', fs)).toMatchObject({ size: 42, error: 'unreadable' });
  });

  it('reports a file that has gone as unreadable, and skips folders', async () => {
    const { fs } = fakeFileSystem({ '/tmp/folder': { directory: true }, '/tmp/a.md': { text: '# a' } });
    const files = await readImportFiles(['/tmp/gone.txt', '/tmp/folder', '/tmp/a.md'], fs);
    expect(files.map(({ name, error }) => ({ name, error }))).toEqual([
      { name: 'gone.txt', error: 'unreadable' },
      { name: 'a.md', error: undefined },
    ]);
  });

  it('reads one file at a time, in the order given', async () => {
    let reading = 0;
    let most = 0;
    const order: string[] = [];
    const fs: ImportFileSystem = {
      stat: async () => ({ size: 1, isDirectory: () => false }),
      readFile: async (path) => {
        most = Math.max(most, ++reading);
        await new Promise((resolve) => setTimeout(resolve, 5));
        order.push(path);
        reading -= 1;
        return encode('x');
      },
    };
    await readImportFiles(['/a/1.txt', '/a/2.txt', '/a/3.txt'], fs);
    expect(order).toEqual(['/a/1.txt', '/a/2.txt', '/a/3.txt']);
    expect(most).toBe(1);
  });

  describe('with Node’s file system', () => {
    let dir: string | undefined;
    afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

    it('sends only the file’s own bytes, not a shared buffer', async () => {
      dir = mkdtempSync(join(tmpdir(), 'hamish-import-'));
      writeFileSync(join(dir, 'small.txt'), 'هامش');
      const file = await readImportFile(join(dir, 'small.txt'), nodeImportFileSystem);
      expect(file?.bytes.constructor).toBe(Uint8Array);
      expect(file?.bytes.buffer.byteLength).toBe(file?.bytes.byteLength);
      expect(decoded(file!.bytes)).toBe('هامش');
    });
  });
});

describe('the import dialog', () => {
  function fakeDialog(result: { canceled: boolean; filePaths: string[] }) {
    const calls: [BaseWindow | null, OpenDialogOptions][] = [];
    const show: ShowOpenDialog = async (window, options) => {
      calls.push([window, options]);
      return result;
    };
    return { show, calls };
  }

  it.each([
    ['ar', 'استيراد مستندات', 'كل الملفات'],
    ['en', 'Import documents', 'All files'],
  ] as const)('asks for several documents at once, in %s, documents first', (language, title, all) => {
    const options = importDialogOptions(language);
    expect(options.title).toBe(title);
    expect(options.properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']));
    expect(options.properties).not.toContain('openDirectory');
    expect(options.filters?.[0]?.extensions).toEqual([...OPEN_FILE_EXTENSIONS]);
    expect(options.filters?.[1]).toEqual({ name: all, extensions: ['*'] });
  });

  it('offers every document type the import reads', () => {
    expect([...IMPORT_FILE_EXTENSIONS].sort()).toEqual(
      ['epub', 'htm', 'html', 'markdown', 'md', 'mht', 'mhtml', 'txt', 'xhtml'].sort(),
    );
  });

  it('offers the classroom’s reading packs and answer files beside the documents', () => {
    expect(OPEN_FILE_EXTENSIONS).toEqual([...IMPORT_FILE_EXTENSIONS, 'hamish', 'hamish-answers']);
  });

  it('attaches the dialog to the calling window and reads every chosen file', async () => {
    const { fs } = fakeFileSystem({
      '/docs/one.txt': { text: 'واحد' },
      '/docs/two.md': { text: '# two' },
      '/docs/big.epub': { size: IMPORT_MAX_BYTES + 10 },
    });
    const dialog = fakeDialog({
      canceled: false,
      filePaths: ['/docs/one.txt', '/docs/two.md', '/docs/big.epub'],
    });
    const files = await chooseImportFiles(parent, 'ar', dialog.show, fs);
    expect(dialog.calls).toEqual([[parent, importDialogOptions('ar')]]);
    expect(files.map(({ name, size }) => [name, size])).toEqual([
      ['one.txt', 8],
      ['two.md', 5],
      ['big.epub', IMPORT_MAX_BYTES + 10],
    ]);
    expect(files.map(({ bytes }) => decoded(bytes))).toEqual(['واحد', '# two', '']);
  });

  it('reads nothing when the reader cancels', async () => {
    const { fs, reads } = fakeFileSystem({ '/docs/one.txt': { text: 'x' } });
    const dialog = fakeDialog({ canceled: true, filePaths: ['/docs/one.txt'] });
    await expect(chooseImportFiles(null, 'en', dialog.show, fs)).resolves.toEqual([]);
    expect(reads).toEqual([]);
    expect(dialog.calls[0]?.[0]).toBeNull();
  });
});
