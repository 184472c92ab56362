import { ANSWERS_FILE_EXTENSION } from '@shared/classroom/classroom-model';
import type { ImportFile } from '@shared/platform/platform-contract';
import { readPageFile } from '../../platform/web-platform';

/** Of a dropped folder only the answer files are taken: a class folder often holds other things too. */
function isAnswerFileName(name: string): boolean {
  return name.toLowerCase().endsWith(`.${ANSWERS_FILE_EXTENSION}`);
}

/** A file of a dropped folder, read; one that cannot be (moved meanwhile, no permission) is reported. */
function readEntry(entry: FileSystemFileEntry): Promise<ImportFile> {
  return new Promise<File>((resolve, reject) => entry.file(resolve, reject)).then(readPageFile, () => ({
    name: entry.name,
    size: 0,
    bytes: new Uint8Array(0),
    error: 'unreadable' as const,
  }));
}

/** A directory reader answers in batches (about 100 in Chromium) until it answers an empty one. */
async function childrenOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const children: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    ).catch(() => []);
    if (batch.length === 0) return children;
    children.push(...batch);
  }
}

async function filesInFolder(directory: FileSystemDirectoryEntry): Promise<ImportFile[]> {
  const files: ImportFile[] = [];
  for (const entry of await childrenOf(directory)) {
    if (entry.isDirectory) files.push(...(await filesInFolder(entry as FileSystemDirectoryEntry)));
    else if (isAnswerFileName(entry.name)) files.push(await readEntry(entry as FileSystemFileEntry));
  }
  return files;
}

/**
 * The files of a drop, read: each dropped file as it is (a wrong one is refused with its reason), and the
 * answer files inside each dropped folder, subfolders included. The entries must be taken while the drop
 * event runs; reading them may finish later.
 */
export function droppedAnswerFiles(transfer: DataTransfer): Promise<ImportFile[]> {
  const dropped = Array.from(transfer.items)
    .filter((item) => item.kind === 'file')
    .map((item) => ({ entry: item.webkitGetAsEntry(), file: item.getAsFile() }));
  return Promise.all(
    dropped.map(({ entry, file }): Promise<ImportFile[]> => {
      if (entry?.isDirectory) return filesInFolder(entry as FileSystemDirectoryEntry);
      return file ? readPageFile(file).then((read) => [read]) : Promise.resolve([]);
    }),
  ).then((groups) => groups.flat());
}
