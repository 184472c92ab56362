import { contextBridge, ipcRenderer } from 'electron';
import { splitIntoChunks } from '@shared/platform/chunked-transfer';
import {
  INVOKE_CHANNELS,
  IPC_CHANNELS,
  type ImportFile,
  type InvokeMethod,
  type IpcCalls,
  type ReaderPlatform,
  type TransferId,
} from '@shared/platform/platform-contract';

// Runs sandboxed: only `electron` may be required; everything else is bundled into this file.

const linkListeners = new Set<(link: string) => void>();
/** Links that arrive before the reader subscribes (a launch by link) wait here. */
const waitingLinks: string[] = [];
const MAX_WAITING_LINKS = 20;

ipcRenderer.on(IPC_CHANNELS.onOpenLink, (_event, link: unknown) => {
  if (typeof link !== 'string') return;
  if (linkListeners.size === 0) {
    if (waitingLinks.length < MAX_WAITING_LINKS) waitingLinks.push(link);
    return;
  }
  for (const listener of linkListeners) listener(link);
});

const fileListeners = new Set<(files: ImportFile[]) => void>();
/** Batches that arrive while no one listens (between an unsubscribe and the next subscribe) wait here. */
const waitingFiles: ImportFile[][] = [];
const MAX_WAITING_FILE_BATCHES = 5;
/** Main holds files opened at launch until the page listens; it is told once per page load. */
let filesAnnounced = false;

/** A fresh copy of what main sent, exactly the ImportFile fields, or null when it is not a list of files. */
function importFiles(value: unknown): ImportFile[] | null {
  if (!Array.isArray(value)) return null;
  const files: ImportFile[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    const { name, size, bytes, error } = item as Record<string, unknown>;
    if (typeof name !== 'string' || !(bytes instanceof Uint8Array)) return null;
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return null;
    if (error !== undefined && error !== 'unreadable') return null;
    files.push(error ? { name, size, bytes, error } : { name, size, bytes });
  }
  return files;
}

ipcRenderer.on(IPC_CHANNELS.onOpenFiles, (_event, value: unknown) => {
  const files = importFiles(value);
  if (!files || files.length === 0) return;
  if (fileListeners.size === 0) {
    if (waitingFiles.length < MAX_WAITING_FILE_BATCHES) waitingFiles.push(files);
    return;
  }
  for (const listener of fileListeners) listener(files);
});

const closeListeners = new Set<() => Promise<void>>();
/** The window is closing: main waits for the answer (a short while at most) before it lets it go. */
ipcRenderer.on(IPC_CHANNELS.onBeforeClose, (_event, request: unknown) => {
  if (typeof request !== 'string') return;
  void Promise.allSettled([...closeListeners].map((listener) => listener())).then(() =>
    call('closeReady', request),
  );
});

function call<M extends InvokeMethod>(
  method: M,
  ...args: IpcCalls[M]['args']
): Promise<IpcCalls[M]['result']> {
  return ipcRenderer.invoke(INVOKE_CHANNELS[method], ...args);
}

/** Sends the text to main in chunks, then lets `commit` use the upload; a failed upload is discarded. */
async function upload<R>(content: string, commit: (upload: TransferId) => Promise<R>): Promise<R> {
  const id = await call('beginUpload');
  try {
    for (const chunk of splitIntoChunks(content)) await call('appendUpload', id, chunk);
  } catch (error) {
    await call('discardTransfer', id).catch(() => undefined);
    throw error;
  }
  return commit(id);
}

/** Reads a text main holds for this window, chunk by chunk, into one string. */
async function download(id: TransferId): Promise<string> {
  const chunks: string[] = [];
  for (;;) {
    const { chunk, done } = await call('readDownload', id);
    chunks.push(chunk);
    if (done) return chunks.join('');
  }
}

/** Task-level functions only; the page never gets ipcRenderer, a channel name or a transfer. */
const api: ReaderPlatform = {
  kind: 'electron',
  listDocuments: () => call('listDocuments'),
  loadDocument: (id) => call('loadDocument', id),
  saveFile: ({ content, ...request }) =>
    upload(content, (id) => call('saveFile', { ...request, upload: id })),
  printToPdf: (suggestedName) => call('printToPdf', suggestedName),
  listBackups: () => call('listBackups'),
  writeBackup: (reason, content) => upload(content, (id) => call('writeBackup', reason, id)),
  readBackup: async (name) => download(await call('readBackup', name)),
  chooseImportFiles: () => call('chooseImportFiles'),
  setUiLanguage: (language) => call('setUiLanguage', language),
  onOpenLink(listener) {
    linkListeners.add(listener);
    for (const link of waitingLinks.splice(0)) listener(link);
    return () => {
      linkListeners.delete(listener);
    };
  },
  onOpenFiles(listener) {
    fileListeners.add(listener);
    for (const files of waitingFiles.splice(0)) listener(files);
    if (!filesAnnounced) {
      filesAnnounced = true;
      call('filesReady').catch((error: unknown) => console.error('Main was not told to send files:', error));
    }
    return () => {
      fileListeners.delete(listener);
    };
  },
  onBeforeClose(listener) {
    closeListeners.add(listener);
    return () => {
      closeListeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('hamish', api);
