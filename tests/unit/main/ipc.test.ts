import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS } from '@shared/platform/platform-contract';
import {
  createIpcHandle,
  IpcRejectedError,
  registerIpcHandlers,
  type MainServices,
} from '../../../src/main/ipc';
import { fitsContentLimit, MAX_CONTENT_BYTES } from '../../../src/main/ipc-arguments';

type Invoke = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const GOOD_BACKUP = 'hamish-backup-2024-05-01T10-20-30.123Z-daily.json';

function setup() {
  const handlers = new Map<string, Invoke>();
  const ipcMain = { handle: (channel: string, fn: Invoke) => handlers.set(channel, fn) };
  const services: MainServices = {
    listDocuments: vi.fn(async () => []),
    loadDocument: vi.fn(async (id: string) => ({ id }) as never),
    saveFile: vi.fn(async () => ({ status: 'cancelled' as const })),
    listBackups: vi.fn(async () => []),
    writeBackup: vi.fn(async (reason, content) => ({
      name: GOOD_BACKUP,
      created: '',
      size: content.length,
      reason,
    })),
    readBackup: vi.fn(async () => '{}'),
    setUiLanguage: vi.fn(async () => undefined),
  };
  registerIpcHandlers(createIpcHandle(ipcMain as unknown as IpcMain, ['app://hamish']), services);
  const sender = { id: 1 };
  const call = (
    method: keyof typeof IPC_CHANNELS,
    args: unknown[],
    frameUrl: string | null = 'app://hamish/index.html',
  ) => {
    const event = {
      senderFrame: frameUrl === null ? null : { url: frameUrl },
      sender,
    } as unknown as IpcMainInvokeEvent;
    return handlers.get(IPC_CHANNELS[method])!(event, ...args);
  };
  return { handlers, services, call, sender };
}

describe('IPC handlers', () => {
  it('registers every platform channel except the main-to-renderer link channel', () => {
    const { handlers } = setup();
    const expected = Object.entries(IPC_CHANNELS)
      .filter(([method]) => method !== 'onOpenLink')
      .map(([, channel]) => channel);
    expect([...handlers.keys()].sort()).toEqual(expected.sort());
  });

  it('calls through for good arguments from the app', async () => {
    const { call, services, sender } = setup();
    await expect(call('loadDocument', ['china-interests-kazakhstan-2022'])).resolves.toEqual({
      id: 'china-interests-kazakhstan-2022',
    });
    await call('readBackup', [GOOD_BACKUP]);
    await call('writeBackup', ['before-restore', '{"annotations":[]}']);
    await call('setUiLanguage', ['en']);
    const request = { suggestedName: 'ملاحظات.md', mimeType: 'text/markdown', content: '# هامش' };
    await call('saveFile', [request]);
    await call('listDocuments', []);
    expect(services.readBackup).toHaveBeenCalledWith(GOOD_BACKUP);
    expect(services.writeBackup).toHaveBeenCalledWith('before-restore', '{"annotations":[]}');
    expect(services.setUiLanguage).toHaveBeenCalledWith('en');
    expect(services.saveFile).toHaveBeenCalledWith(request, sender);
    expect(services.listDocuments).toHaveBeenCalledOnce();
  });

  it.each([
    ['a remote page', 'https://example.com/'],
    ['a look-alike origin', 'app://hamish.evil/index.html'],
    ['a file page', 'file:///tmp/index.html'],
    ['an empty URL', ''],
    ['a destroyed frame', null],
  ])('rejects calls from %s', async (_case, frameUrl) => {
    const { call, services } = setup();
    await expect(call('listDocuments', [], frameUrl)).rejects.toThrow(IpcRejectedError);
    expect(services.listDocuments).not.toHaveBeenCalled();
  });

  it.each([
    ['a path', '../secret'],
    ['an absolute path', '/etc/passwd'],
    ['upper case', 'China'],
    ['a backslash', 'a\\b'],
    ['an empty id', ''],
    ['a number', 42],
    ['an overlong id', 'a'.repeat(200)],
  ])('rejects a document id that is %s', async (_case, id) => {
    const { call, services } = setup();
    await expect(call('loadDocument', [id])).rejects.toThrow(/invalid arguments/);
    expect(services.loadDocument).not.toHaveBeenCalled();
  });

  it.each([
    ['a path', '../hamish-backup-2024-05-01T10-20-30.123Z-daily.json'],
    ['an unknown reason', 'hamish-backup-2024-05-01T10-20-30.123Z-weekly.json'],
    ['another extension', 'hamish-backup-2024-05-01T10-20-30.123Z-daily.json.exe'],
    ['another file', 'window-state.json'],
    ['not a string', { name: GOOD_BACKUP }],
  ])('rejects a backup name that is %s', async (_case, name) => {
    const { call, services } = setup();
    await expect(call('readBackup', [name])).rejects.toThrow(/invalid arguments/);
    expect(services.readBackup).not.toHaveBeenCalled();
  });

  it('rejects content that is not a string, or larger than 60 MB', async () => {
    const { call, services } = setup();
    await expect(call('writeBackup', ['daily', { toString: () => 'x' }])).rejects.toThrow(
      /invalid arguments/,
    );
    await expect(call('writeBackup', ['daily', 'x'.repeat(MAX_CONTENT_BYTES + 1)])).rejects.toThrow(/60 MB/);
    const request = {
      suggestedName: 'a.md',
      mimeType: 'text/markdown',
      content: 'x'.repeat(MAX_CONTENT_BYTES + 1),
    };
    await expect(call('saveFile', [request])).rejects.toThrow(/60 MB/);
    expect(services.writeBackup).not.toHaveBeenCalled();
    expect(services.saveFile).not.toHaveBeenCalled();
  });

  it('rejects extra arguments, unknown fields and bad enums', async () => {
    const { call } = setup();
    await expect(call('listDocuments', ['extra'])).rejects.toThrow(/invalid arguments/);
    await expect(call('setUiLanguage', ['fr'])).rejects.toThrow(/invalid arguments/);
    await expect(call('writeBackup', ['weekly', '{}'])).rejects.toThrow(/invalid arguments/);
    const withPath = { suggestedName: 'a.md', mimeType: 'text/markdown', content: '', path: '/etc/passwd' };
    await expect(call('saveFile', [withPath])).rejects.toThrow(/invalid arguments/);
    const badMime = { suggestedName: 'a.md', mimeType: 'text/markdown\r\nX: y', content: '' };
    await expect(call('saveFile', [badMime])).rejects.toThrow(/invalid arguments/);
  });
});

describe('fitsContentLimit', () => {
  it('counts UTF-8 bytes, not UTF-16 units', () => {
    expect(fitsContentLimit('ab', 2)).toBe(true);
    expect(fitsContentLimit('abc', 2)).toBe(false);
    // Two Arabic letters are four UTF-8 bytes.
    expect(fitsContentLimit('هم', 4)).toBe(true);
    expect(fitsContentLimit('هم', 3)).toBe(false);
  });
});
