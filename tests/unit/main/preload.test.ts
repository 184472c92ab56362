import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type ReaderPlatform } from '@shared/platform/platform-contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
  invoke: vi.fn(async (..._args: unknown[]) => 'result'),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    invoke: electron.invoke,
    on: (channel: string, listener: Listener) => electron.listeners.set(channel, listener),
  },
}));

async function loadPreload(): Promise<ReaderPlatform> {
  vi.resetModules();
  electron.exposed.clear();
  electron.listeners.clear();
  await import('../../../src/preload/index');
  return electron.exposed.get('hamish') as ReaderPlatform;
}

const sendLink = (link: unknown) => electron.listeners.get(IPC_CHANNELS.onOpenLink)!({}, link);

beforeEach(() => electron.invoke.mockClear());

describe('preload bridge', () => {
  it('exposes exactly one global, hamish, with exactly the platform methods and kind', async () => {
    const api = await loadPreload();
    expect([...electron.exposed.keys()]).toEqual(['hamish']);
    expect(Object.keys(api).sort()).toEqual([...Object.keys(IPC_CHANNELS), 'kind'].sort());
    expect(api.kind).toBe('electron');
    for (const [key, value] of Object.entries(api)) {
      if (key !== 'kind') expect(typeof value).toBe('function');
    }
  });

  it('never hands out ipcRenderer or anything with a send/invoke of its own', async () => {
    const api = await loadPreload();
    for (const value of Object.values(api)) {
      expect(value).not.toHaveProperty('invoke');
      expect(value).not.toHaveProperty('send');
    }
  });

  it('maps each method to its own channel with its arguments', async () => {
    const api = await loadPreload();
    const request = { suggestedName: 'a.md', mimeType: 'text/markdown', content: '#' };
    await api.listDocuments();
    await api.loadDocument('doc');
    await api.saveFile(request);
    await api.listBackups();
    await api.writeBackup('daily', '{}');
    await api.readBackup('name');
    await api.setUiLanguage('en');
    expect(electron.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.listDocuments],
      [IPC_CHANNELS.loadDocument, 'doc'],
      [IPC_CHANNELS.saveFile, request],
      [IPC_CHANNELS.listBackups],
      [IPC_CHANNELS.writeBackup, 'daily', '{}'],
      [IPC_CHANNELS.readBackup, 'name'],
      [IPC_CHANNELS.setUiLanguage, 'en'],
    ]);
  });

  it('delivers open-link messages to listeners until they unsubscribe', async () => {
    const api = await loadPreload();
    const listener = vi.fn();
    const unsubscribe = api.onOpenLink(listener);
    sendLink('hamish://open/doc');
    sendLink(42);
    unsubscribe();
    sendLink('hamish://open/later');
    expect(listener.mock.calls).toEqual([['hamish://open/doc']]);
  });

  it('keeps links that arrive before anyone listens and hands them to the first listener', async () => {
    const api = await loadPreload();
    sendLink('hamish://open/at-launch');
    const listener = vi.fn();
    api.onOpenLink(listener);
    expect(listener).toHaveBeenCalledWith('hamish://open/at-launch');
    const second = vi.fn();
    api.onOpenLink(second);
    expect(second).not.toHaveBeenCalled();
  });
});
