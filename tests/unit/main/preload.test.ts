import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TRANSFER_CHUNK_UNITS } from '@shared/platform/chunked-transfer';
import {
  IPC_CHANNELS,
  LIFECYCLE_CHANNELS,
  TRANSFER_CHANNELS,
  type ReaderPlatform,
} from '@shared/platform/platform-contract';

type Listener = (event: unknown, ...args: unknown[]) => void;

const electron = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  listeners: new Map<string, (event: unknown, ...args: unknown[]) => void>(),
  invoke: vi.fn<(channel: string, ...args: unknown[]) => Promise<unknown>>(),
  /** What main answers by default: one upload, one download of one chunk. */
  answer: async (channel: string): Promise<unknown> => {
    if (channel === TRANSFER_CHANNELS.beginUpload) return 'upload-1';
    if (channel === IPC_CHANNELS.readBackup) return 'download-1';
    if (channel === TRANSFER_CHANNELS.readDownload) return { chunk: 'backup text', done: true };
    return 'result';
  },
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

beforeEach(() => electron.invoke.mockReset().mockImplementation(electron.answer));

const { beginUpload, appendUpload, readDownload, discardTransfer } = TRANSFER_CHANNELS;

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

  it('maps each method to its own channel with its arguments, large texts as transfers', async () => {
    const api = await loadPreload();
    const request = { suggestedName: 'a.md', mimeType: 'text/markdown', content: '#' };
    await api.listDocuments();
    await api.loadDocument('doc');
    await api.saveFile(request);
    await api.printToPdf('مقال.pdf');
    await api.listBackups();
    await api.writeBackup('daily', '{}');
    await expect(api.readBackup('name')).resolves.toBe('backup text');
    await api.chooseImportFiles();
    await api.setUiLanguage('en');
    expect(electron.invoke.mock.calls).toEqual([
      [IPC_CHANNELS.listDocuments],
      [IPC_CHANNELS.loadDocument, 'doc'],
      [beginUpload],
      [appendUpload, 'upload-1', '#'],
      [IPC_CHANNELS.saveFile, { suggestedName: 'a.md', mimeType: 'text/markdown', upload: 'upload-1' }],
      [IPC_CHANNELS.printToPdf, 'مقال.pdf'],
      [IPC_CHANNELS.listBackups],
      [beginUpload],
      [appendUpload, 'upload-1', '{}'],
      [IPC_CHANNELS.writeBackup, 'daily', 'upload-1'],
      [IPC_CHANNELS.readBackup, 'name'],
      [readDownload, 'download-1'],
      [IPC_CHANNELS.chooseImportFiles],
      [IPC_CHANNELS.setUiLanguage, 'en'],
    ]);
  });

  it('sends a text longer than one chunk in chunks of at most the limit, in order', async () => {
    const api = await loadPreload();
    const content = 'a'.repeat(TRANSFER_CHUNK_UNITS) + 'b'.repeat(10);
    await api.writeBackup('before-restore', content);
    const appended = electron.invoke.mock.calls.filter(([channel]) => channel === appendUpload);
    expect(appended.map(([, , chunk]) => (chunk as string).length)).toEqual([TRANSFER_CHUNK_UNITS, 10]);
    expect(appended.map(([, , chunk]) => chunk).join('')).toBe(content);
  });

  it('joins a download read over several messages', async () => {
    const api = await loadPreload();
    const parts = [
      { chunk: '{"a":', done: false },
      { chunk: '', done: false },
      { chunk: '"هامش"}', done: true },
    ];
    electron.invoke.mockImplementation(async (channel: string) =>
      channel === readDownload ? parts.shift() : 'download-1',
    );
    await expect(api.readBackup('name')).resolves.toBe('{"a":"هامش"}');
  });

  it('discards an upload that failed half way and reports the failure', async () => {
    const api = await loadPreload();
    electron.invoke.mockImplementation(async (channel: string) => {
      if (channel === appendUpload) throw new Error('refused');
      return 'upload-1';
    });
    await expect(api.writeBackup('daily', '{}')).rejects.toThrow('refused');
    expect(electron.invoke).toHaveBeenCalledWith(discardTransfer, 'upload-1');
    expect(electron.invoke).not.toHaveBeenCalledWith(IPC_CHANNELS.writeBackup, 'daily', 'upload-1');
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

describe('opened files', () => {
  const file = (name: string, extra: Record<string, unknown> = {}) => ({
    name,
    size: 3,
    bytes: new Uint8Array([1, 2, 3]),
    ...extra,
  });
  const sendFiles = (files: unknown) => electron.listeners.get(IPC_CHANNELS.onOpenFiles)!({}, files);

  it('tells main once, at the first subscription, that the page listens', async () => {
    const api = await loadPreload();
    expect(electron.invoke).not.toHaveBeenCalled();
    const unsubscribe = api.onOpenFiles(vi.fn());
    unsubscribe();
    api.onOpenFiles(vi.fn());
    expect(electron.invoke.mock.calls).toEqual([[LIFECYCLE_CHANNELS.filesReady]]);
  });

  it('delivers batches to listeners until they unsubscribe, as fresh objects of exactly the fields', async () => {
    const api = await loadPreload();
    const listener = vi.fn();
    const unsubscribe = api.onOpenFiles(listener);
    sendFiles([file('a.txt', { path: '/home/reader/a.txt' }), file('b.md', { error: 'unreadable' })]);
    unsubscribe();
    sendFiles([file('later.txt')]);
    expect(listener.mock.calls).toEqual([[[file('a.txt'), file('b.md', { error: 'unreadable' })]]]);
  });

  it.each([
    ['not a list', file('a.txt')],
    ['an empty list', []],
    ['a name that is not a string', [file('a.txt'), { ...file('b'), name: 7 }]],
    ['bytes that are not bytes', [{ ...file('a.txt'), bytes: [1, 2, 3] }]],
    ['a size that is not a number', [{ ...file('a.txt'), size: '3' }]],
    ['a negative size', [{ ...file('a.txt'), size: -1 }]],
    ['an unknown error', [file('a.txt', { error: 'eaten' })]],
    ['null', [null]],
  ])('ignores a message that is %s', async (_case, message) => {
    const api = await loadPreload();
    const listener = vi.fn();
    api.onOpenFiles(listener);
    sendFiles(message);
    expect(listener).not.toHaveBeenCalled();
  });

  it('keeps batches that arrive while no one listens and hands them to the next listener', async () => {
    const api = await loadPreload();
    api.onOpenFiles(vi.fn())();
    sendFiles([file('between.txt')]);
    const listener = vi.fn();
    api.onOpenFiles(listener);
    expect(listener).toHaveBeenCalledWith([file('between.txt')]);
  });
});

describe('a closing window', () => {
  it('answers main only after every onBeforeClose listener has committed', async () => {
    const api = await loadPreload();
    const order: string[] = [];
    let commit!: () => void;
    api.onBeforeClose(
      () =>
        new Promise<void>((resolve) => {
          commit = () => {
            order.push('committed');
            resolve();
          };
        }),
    );
    electron.invoke.mockImplementation(async (channel: string) => void order.push(channel));
    electron.listeners.get(IPC_CHANNELS.onBeforeClose)!({}, 'request-1');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(order).toEqual([]);
    commit();
    await vi.waitFor(() => expect(order).toEqual(['committed', LIFECYCLE_CHANNELS.closeReady]));
    expect(electron.invoke).toHaveBeenCalledWith(LIFECYCLE_CHANNELS.closeReady, 'request-1');
  });

  it('still answers when a listener fails, and ignores a request that is not a string', async () => {
    const api = await loadPreload();
    api.onBeforeClose(() => Promise.reject(new Error('disk gone')));
    electron.listeners.get(IPC_CHANNELS.onBeforeClose)!({}, { not: 'a string' });
    electron.listeners.get(IPC_CHANNELS.onBeforeClose)!({}, 'request-2');
    await vi.waitFor(() =>
      expect(electron.invoke).toHaveBeenCalledWith(LIFECYCLE_CHANNELS.closeReady, 'request-2'),
    );
    expect(electron.invoke).toHaveBeenCalledTimes(1);
  });
});
