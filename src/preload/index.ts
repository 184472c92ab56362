import { contextBridge, ipcRenderer } from 'electron';
import { splitIntoChunks } from '@shared/platform/chunked-transfer';
import {
  INVOKE_CHANNELS,
  IPC_CHANNELS,
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
  setUiLanguage: (language) => call('setUiLanguage', language),
  onOpenLink(listener) {
    linkListeners.add(listener);
    for (const link of waitingLinks.splice(0)) listener(link);
    return () => {
      linkListeners.delete(listener);
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
