import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type ReaderPlatform } from '@shared/platform/platform-contract';

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

/** Task-level functions only; the page never gets ipcRenderer or a channel name. */
const api: ReaderPlatform = {
  kind: 'electron',
  listDocuments: () => ipcRenderer.invoke(IPC_CHANNELS.listDocuments),
  loadDocument: (id) => ipcRenderer.invoke(IPC_CHANNELS.loadDocument, id),
  saveFile: (request) => ipcRenderer.invoke(IPC_CHANNELS.saveFile, request),
  listBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listBackups),
  writeBackup: (reason, content) => ipcRenderer.invoke(IPC_CHANNELS.writeBackup, reason, content),
  readBackup: (name) => ipcRenderer.invoke(IPC_CHANNELS.readBackup, name),
  setUiLanguage: (language) => ipcRenderer.invoke(IPC_CHANNELS.setUiLanguage, language),
  onOpenLink(listener) {
    linkListeners.add(listener);
    for (const link of waitingLinks.splice(0)) listener(link);
    return () => {
      linkListeners.delete(listener);
    };
  },
};

contextBridge.exposeInMainWorld('hamish', api);
