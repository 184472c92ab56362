import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { BaseWindow, OpenDialogOptions } from 'electron';
import { IMPORT_MAX_BYTES } from '@shared/import/import-model';
import { OPEN_FILE_EXTENSIONS, type ImportFile, type UiLanguage } from '@shared/platform/platform-contract';
import { nativeStrings } from './native-strings';

/** The file system calls the import makes, injected so tests need no files and no Electron. */
export interface ImportFileSystem {
  stat(path: string): Promise<{ size: number; isDirectory(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

export const nodeImportFileSystem: ImportFileSystem = { stat, readFile };

/** Electron's open dialog, attached to `parent` when there is one; resolves to the chosen paths. */
export type ShowOpenDialog = (
  parent: BaseWindow | null,
  options: OpenDialogOptions,
) => Promise<{ canceled: boolean; filePaths: string[] }>;

export function importDialogOptions(language: UiLanguage): OpenDialogOptions {
  const s = nativeStrings[language];
  return {
    title: s.importDialogTitle,
    filters: [
      { name: s.documentFiles, extensions: [...OPEN_FILE_EXTENSIONS] },
      { name: s.allFiles, extensions: ['*'] },
    ],
    properties: ['openFile', 'multiSelections'],
  };
}

/** The paths the reader chose in the import dialog; [] when they cancel. */
export async function askImportPaths(
  parent: BaseWindow | null,
  language: UiLanguage,
  showOpenDialog: ShowOpenDialog,
): Promise<string[]> {
  const result = await showOpenDialog(parent, importDialogOptions(language));
  return result.canceled ? [] : result.filePaths;
}

/**
 * A plain Uint8Array over a buffer holding only these bytes (copied when shared), so IPC, which sends
 * the whole buffer, never carries a neighbour's memory from Node's pool.
 */
function ownBytes(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes);
}

/**
 * One file as the renderer receives it: its name, never its path. Over the limit it is not read (the
 * import refuses it by its size); a folder is not a document (null); a failure is reported, not hidden.
 */
export async function readImportFile(
  path: string,
  fs: ImportFileSystem,
  maxBytes: number = IMPORT_MAX_BYTES,
): Promise<ImportFile | null> {
  const name = basename(path);
  let size = 0;
  try {
    const found = await fs.stat(path);
    if (found.isDirectory()) return null;
    size = found.size;
    if (size > maxBytes) return { name, size, bytes: new Uint8Array(0) };
    const bytes = await fs.readFile(path);
    // The file may have grown since stat.
    if (bytes.byteLength > maxBytes) return { name, size: bytes.byteLength, bytes: new Uint8Array(0) };
    return { name, size: bytes.byteLength, bytes: ownBytes(bytes) };
  } catch (error) {
    console.warn(`Could not read ${JSON.stringify(name)} for import:`, error);
    return { name, size, bytes: new Uint8Array(0), error: 'unreadable' };
  }
}

/** Reads the files one after the other, so only one is being read at a time; folders are skipped. */
export async function readImportFiles(
  paths: readonly string[],
  fs: ImportFileSystem,
  maxBytes: number = IMPORT_MAX_BYTES,
): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  for (const path of paths) {
    const file = await readImportFile(path, fs, maxBytes);
    if (file) files.push(file);
  }
  return files;
}

/** The import dialog, then the chosen files read in main: the renderer gets contents, never paths. */
export async function chooseImportFiles(
  parent: BaseWindow | null,
  language: UiLanguage,
  showOpenDialog: ShowOpenDialog,
  fs: ImportFileSystem = nodeImportFileSystem,
): Promise<ImportFile[]> {
  return readImportFiles(await askImportPaths(parent, language, showOpenDialog), fs);
}
