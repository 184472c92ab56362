// @vitest-environment jsdom
import { File as NodeFile } from 'node:buffer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebPlatform } from '@renderer/platform/web-platform';
import { IMPORT_MAX_BYTES } from '@shared/import/import-model';
import { OPEN_FILE_EXTENSIONS } from '@shared/platform/platform-contract';

// jsdom's File has no arrayBuffer(); Node's is the same Blob API browsers give a file input.
const file = (text: string, name: string) => new NodeFile([text], name) as unknown as File;

/** A File whose size says it is too large and whose contents must never be read. */
function oversized(name: string): File {
  const arrayBuffer = vi.fn(async () => new ArrayBuffer(0));
  return { name, size: IMPORT_MAX_BYTES + 1, arrayBuffer } as unknown as File;
}

/** Stands in for the browser's file picker: the test chooses what the reader picks once it opens. */
function stubPicker() {
  const opened: HTMLInputElement[] = [];
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    opened.push(this);
  });
  const pick = (files: File[]) => {
    const input = opened.at(-1)!;
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    input.dispatchEvent(new Event('change'));
  };
  const cancel = () => opened.at(-1)!.dispatchEvent(new Event('cancel'));
  return { opened, pick, cancel };
}

const platform = () => createWebPlatform('http://127.0.0.1:4317/');
const decoded = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('the web adapter: importing files', () => {
  afterEach(() => vi.restoreAllMocks());

  it('opens a hidden picker for several documents of the types the import reads', async () => {
    const picker = stubPicker();
    const choosing = platform().chooseImportFiles();
    const [input] = picker.opened;
    expect(input).toMatchObject({ type: 'file', multiple: true, hidden: true });
    expect(input!.accept.split(',')).toEqual(OPEN_FILE_EXTENSIONS.map((extension) => `.${extension}`));
    picker.cancel();
    await choosing;
  });

  it('gives each chosen file its name, size and bytes, and removes the picker', async () => {
    const picker = stubPicker();
    const choosing = platform().chooseImportFiles();
    picker.pick([file('هامش', 'مقال.txt'), file('# b', 'b.md')]);
    const files = await choosing;
    expect(files.map(({ name, size }) => ({ name, size }))).toEqual([
      { name: 'مقال.txt', size: 8 },
      { name: 'b.md', size: 3 },
    ]);
    expect(files.map(({ bytes }) => decoded(bytes))).toEqual(['هامش', '# b']);
    expect(files.every(({ bytes }) => bytes instanceof Uint8Array)).toBe(true);
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('resolves to no files when the reader cancels, and removes the picker', async () => {
    const picker = stubPicker();
    const choosing = platform().chooseImportFiles();
    expect(document.querySelector('input[type=file]')).not.toBeNull();
    picker.cancel();
    await expect(choosing).resolves.toEqual([]);
    expect(document.querySelector('input[type=file]')).toBeNull();
  });

  it('does not read a file over the limit: its size says why it is refused', async () => {
    const picker = stubPicker();
    const choosing = platform().chooseImportFiles();
    const big = oversized('big.html');
    picker.pick([big, file('x', 'small.txt')]);
    const [first, second] = await choosing;
    expect(first).toEqual({ name: 'big.html', size: IMPORT_MAX_BYTES + 1, bytes: new Uint8Array(0) });
    expect(big.arrayBuffer).not.toHaveBeenCalled();
    expect(decoded(second!.bytes)).toBe('x');
  });

  it('reports a file the browser could not read (moved since it was chosen) as unreadable', async () => {
    const picker = stubPicker();
    const choosing = platform().chooseImportFiles();
    const gone = {
      name: 'gone.txt',
      size: 4,
      arrayBuffer: async () => {
        throw new DOMException('A requested file could not be found', 'NotFoundError');
      },
    } as unknown as File;
    picker.pick([gone]);
    await expect(choosing).resolves.toEqual([
      { name: 'gone.txt', size: 4, bytes: new Uint8Array(0), error: 'unreadable' },
    ]);
  });

  it('never hands over files from outside the page: the browser edition has none', () => {
    const listener = vi.fn();
    const unsubscribe = platform().onOpenFiles(listener);
    expect(typeof unsubscribe).toBe('function');
    unsubscribe();
    expect(listener).not.toHaveBeenCalled();
  });
});
