import { describe, expect, it, vi } from 'vitest';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { TRANSFER_CHUNK_UNITS } from '@shared/platform/chunked-transfer';
import {
  INVOKE_CHANNELS,
  IPC_CHANNELS,
  LIFECYCLE_CHANNELS,
  type InvokeMethod,
} from '@shared/platform/platform-contract';
import {
  createIpcHandle,
  IpcRejectedError,
  registerIpcHandlers,
  type MainServices,
} from '../../../src/main/ipc';
import { TransferRefusedError } from '../../../src/main/transfer-store';

type Invoke = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

const GOOD_BACKUP = 'hamish-backup-2024-05-01T10-20-30.123Z-daily.json';
const NEVER_ISSUED = '00000000-0000-4000-8000-000000000000';
const APP_PAGE = 'app://hamish/index.html';

function setup() {
  const handlers = new Map<string, Invoke>();
  const ipcMain = { handle: (channel: string, fn: Invoke) => handlers.set(channel, fn) };
  const received: { written: string[][]; saved: string[][] } = { written: [], saved: [] };
  const services: MainServices = {
    listDocuments: vi.fn(async () => []),
    loadDocument: vi.fn(async (id: string) => ({ id }) as never),
    saveFile: vi.fn(async (job) => {
      received.saved.push([...job.content]);
      return { status: 'cancelled' as const };
    }),
    printToPdf: vi.fn(async () => ({ status: 'cancelled' as const })),
    listBackups: vi.fn(async () => []),
    writeBackup: vi.fn(async (reason, content) => {
      received.written.push([...content]);
      return { name: GOOD_BACKUP, created: '', size: 0, reason };
    }),
    readBackup: vi.fn(async () => Buffer.from('{"هامش":1}')),
    chooseImportFiles: vi.fn(async () => [{ name: 'مقال.txt', size: 2, bytes: new Uint8Array([1, 2]) }]),
    closeReady: vi.fn(),
    filesReady: vi.fn(),
    setUiLanguage: vi.fn(async () => undefined),
  };
  registerIpcHandlers(createIpcHandle(ipcMain as unknown as IpcMain, ['app://hamish']), services);
  const windows = { reader: { id: 1 }, other: { id: 2 } };
  const callFrom = (
    sender: { id: number },
    method: InvokeMethod,
    args: unknown[],
    frameUrl: string | null = APP_PAGE,
  ) => {
    const event = {
      senderFrame: frameUrl === null ? null : { url: frameUrl },
      sender,
    } as unknown as IpcMainInvokeEvent;
    return handlers.get(INVOKE_CHANNELS[method])!(event, ...args);
  };
  const call = (method: InvokeMethod, args: unknown[], frameUrl?: string | null) =>
    callFrom(windows.reader, method, args, frameUrl);
  /** What the preload does for a large text: begin, append each chunk, hand back the id. */
  const upload = async (chunks: string[], sender = windows.reader) => {
    const id = (await callFrom(sender, 'beginUpload', [])) as string;
    for (const chunk of chunks) await callFrom(sender, 'appendUpload', [id, chunk]);
    return id;
  };
  return { handlers, services, call, callFrom, upload, windows, received };
}

describe('IPC handlers', () => {
  it('registers every invoke channel: the platform methods but the event channels, and the transfers', () => {
    const { handlers } = setup();
    expect([...handlers.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
    for (const event of [IPC_CHANNELS.onOpenLink, IPC_CHANNELS.onOpenFiles, IPC_CHANNELS.onBeforeClose])
      expect([...handlers.keys()]).not.toContain(event);
    expect([...handlers.keys()]).toContain(IPC_CHANNELS.chooseImportFiles);
    expect([...handlers.keys()]).toContain(LIFECYCLE_CHANNELS.filesReady);
  });

  it('chooses import files for the calling window, and takes no arguments at all', async () => {
    const { call, services, windows } = setup();
    await expect(call('chooseImportFiles', [])).resolves.toEqual([
      { name: 'مقال.txt', size: 2, bytes: new Uint8Array([1, 2]) },
    ]);
    expect(services.chooseImportFiles).toHaveBeenCalledWith(windows.reader);
    for (const args of [['/etc/passwd'], [{ defaultPath: '/' }], [undefined]]) {
      await expect(call('chooseImportFiles', args)).rejects.toThrow(/invalid arguments/);
    }
    await expect(call('chooseImportFiles', [], 'https://example.com/')).rejects.toThrow(IpcRejectedError);
    expect(services.chooseImportFiles).toHaveBeenCalledOnce();
  });

  it('hears that a window listens for opened files, from that window, with no arguments', async () => {
    const { call, callFrom, services, windows } = setup();
    await callFrom(windows.other, 'filesReady', []);
    expect(services.filesReady).toHaveBeenCalledWith(windows.other);
    await expect(call('filesReady', ['/tmp/a.txt'])).rejects.toThrow(/invalid arguments/);
    await expect(call('filesReady', [], 'file:///tmp/index.html')).rejects.toThrow(IpcRejectedError);
    expect(services.filesReady).toHaveBeenCalledOnce();
  });

  it('calls through for good arguments from the app', async () => {
    const { call, services } = setup();
    await expect(call('loadDocument', ['china-interests-kazakhstan-2022'])).resolves.toEqual({
      id: 'china-interests-kazakhstan-2022',
    });
    await call('setUiLanguage', ['en']);
    await call('listDocuments', []);
    expect(services.setUiLanguage).toHaveBeenCalledWith('en');
    expect(services.listDocuments).toHaveBeenCalledOnce();
  });

  it('writes a backup from an upload, chunks in order', async () => {
    const { call, upload, received } = setup();
    const id = await upload(['{"annotations":', '[]}']);
    await call('writeBackup', ['before-restore', id]);
    expect(received.written).toEqual([['{"annotations":', '[]}']]);
    await expect(call('writeBackup', ['before-restore', id])).rejects.toThrow(TransferRefusedError);
  });

  it('saves a file from an upload, attaching the dialog to the calling window', async () => {
    const { call, upload, services, received, windows } = setup();
    const id = await upload(['# هامش', '\n']);
    const request = { suggestedName: 'ملاحظات.md', mimeType: 'text/markdown', upload: id };
    await call('saveFile', [request]);
    expect(received.saved).toEqual([['# هامش', '\n']]);
    expect(services.saveFile).toHaveBeenCalledWith(
      expect.objectContaining({ suggestedName: 'ملاحظات.md', mimeType: 'text/markdown' }),
      windows.reader,
    );
  });

  it('prints the calling window to PDF under the suggested name, and refuses anything else', async () => {
    const { call, services, windows } = setup();
    await expect(call('printToPdf', ['مقال.pdf'])).resolves.toEqual({ status: 'cancelled' });
    expect(services.printToPdf).toHaveBeenCalledWith('مقال.pdf', windows.reader);
    await expect(call('printToPdf', [''])).rejects.toThrow(/invalid arguments/);
    await expect(call('printToPdf', ['a'.repeat(256)])).rejects.toThrow(/invalid arguments/);
    await expect(call('printToPdf', [{ path: '/etc/passwd' }])).rejects.toThrow(/invalid arguments/);
    await expect(call('printToPdf', ['a.pdf', '/tmp/b.pdf'])).rejects.toThrow(/invalid arguments/);
    await expect(call('printToPdf', ['a.pdf'], 'https://example.org/')).rejects.toThrow(IpcRejectedError);
    expect(services.printToPdf).toHaveBeenCalledOnce();
  });

  it('reads a backup as a download the calling window reads to its end', async () => {
    const { call, callFrom, services, windows } = setup();
    const id = await call('readBackup', [GOOD_BACKUP]);
    expect(services.readBackup).toHaveBeenCalledWith(GOOD_BACKUP);
    await expect(callFrom(windows.other, 'readDownload', [id])).rejects.toThrow(TransferRefusedError);
    await expect(call('readDownload', [id])).resolves.toEqual({ chunk: '{"هامش":1}', done: true });
    await expect(call('readDownload', [id])).rejects.toThrow(TransferRefusedError);
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
    await expect(call('beginUpload', [], frameUrl)).rejects.toThrow(IpcRejectedError);
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

  it('refuses a chunk longer than the transfer limit, or one that is not a string', async () => {
    const { call, upload } = setup();
    const id = await upload([]);
    await expect(call('appendUpload', [id, 'x'.repeat(TRANSFER_CHUNK_UNITS + 1)])).rejects.toThrow(
      /chunk is longer than the transfer limit/,
    );
    await expect(call('appendUpload', [id, { toString: () => 'x' }])).rejects.toThrow(/invalid arguments/);
    await expect(call('appendUpload', [id, 'x'.repeat(TRANSFER_CHUNK_UNITS)])).resolves.toBeUndefined();
  });

  it('refuses transfer ids it never issued, and the old inline content', async () => {
    const { call, services } = setup();
    await expect(call('appendUpload', [NEVER_ISSUED, 'x'])).rejects.toThrow(TransferRefusedError);
    await expect(call('writeBackup', ['daily', NEVER_ISSUED])).rejects.toThrow(TransferRefusedError);
    await expect(call('readDownload', [NEVER_ISSUED])).rejects.toThrow(TransferRefusedError);
    await expect(call('writeBackup', ['daily', '{"annotations":[]}'])).rejects.toThrow(/invalid arguments/);
    const inline = { suggestedName: 'a.md', mimeType: 'text/markdown', content: '# x' };
    await expect(call('saveFile', [inline])).rejects.toThrow(/invalid arguments/);
    expect(services.writeBackup).not.toHaveBeenCalled();
    expect(services.saveFile).not.toHaveBeenCalled();
  });

  it("refuses to append to, commit or discard another window's upload", async () => {
    const { call, callFrom, upload, windows, received } = setup();
    const id = await upload(['mine']);
    await expect(callFrom(windows.other, 'appendUpload', [id, 'theirs'])).rejects.toThrow(
      TransferRefusedError,
    );
    await expect(callFrom(windows.other, 'writeBackup', ['daily', id])).rejects.toThrow(TransferRefusedError);
    await callFrom(windows.other, 'discardTransfer', [id]);
    await call('writeBackup', ['daily', id]);
    expect(received.written).toEqual([['mine']]);
  });

  it('rejects extra arguments, unknown fields and bad enums', async () => {
    const { call, upload } = setup();
    const id = await upload(['']);
    await expect(call('listDocuments', ['extra'])).rejects.toThrow(/invalid arguments/);
    await expect(call('beginUpload', [1024])).rejects.toThrow(/invalid arguments/);
    await expect(call('setUiLanguage', ['fr'])).rejects.toThrow(/invalid arguments/);
    await expect(call('writeBackup', ['weekly', id])).rejects.toThrow(/invalid arguments/);
    const withPath = { suggestedName: 'a.md', mimeType: 'text/markdown', upload: id, path: '/etc/passwd' };
    await expect(call('saveFile', [withPath])).rejects.toThrow(/invalid arguments/);
    const badMime = { suggestedName: 'a.md', mimeType: 'text/markdown\r\nX: y', upload: id };
    await expect(call('saveFile', [badMime])).rejects.toThrow(/invalid arguments/);
  });
});
