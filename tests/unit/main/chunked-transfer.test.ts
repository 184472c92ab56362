import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcRenderer, type IpcMain, type IpcMainInvokeEvent } from 'electron';
import { parseBackupName } from '@shared/platform/backup-retention';
import { TRANSFER_CHUNK_UNITS } from '@shared/platform/chunked-transfer';
import { TRANSFER_CHANNELS, type ReaderPlatform } from '@shared/platform/platform-contract';
import { createBackupStore } from '../../../src/main/backups';
import { createIpcHandle, registerIpcHandlers, type MainServices } from '../../../src/main/ipc';
import { createTransferStore, type TransferStore } from '../../../src/main/transfer-store';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

// The preload's ipcRenderer.invoke reaches main's handlers directly, as one window of the app.
const electron = vi.hoisted(() => ({
  handlers: new Map<string, Handler>(),
  exposed: new Map<string, unknown>(),
  sender: { id: 7 },
}));
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => electron.exposed.set(key, api) },
  ipcRenderer: {
    on: () => undefined,
    invoke: (channel: string, ...args: unknown[]) => {
      const event = { senderFrame: { url: 'app://hamish/index.html' }, sender: electron.sender };
      return electron.handlers.get(channel)!(event as unknown as IpcMainInvokeEvent, ...args);
    },
  },
}));

/** A backup-shaped text numbered block by block, so a lost, doubled or reordered chunk shows. */
function generatedBackup(bytes: number): string {
  const block = Array.from({ length: 12_000 }, (_, i) => `{"id":"${i}","note":"${'n'.repeat(70)}"},`).join(
    '',
  );
  const blocks = Array.from({ length: Math.ceil(bytes / block.length) }, (_, b) => `{"block":${b}},${block}`);
  return `[${blocks.join('')}{}]`;
}

let dir: string;
let transfers: TransferStore;
let bridge: ReaderPlatform;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'hamish-transfer-'));
  transfers = createTransferStore({ idleMs: 50 });
  const backups = createBackupStore(dir);
  const ipcMain = { handle: (channel: string, fn: Handler) => electron.handlers.set(channel, fn) };
  const services = {
    writeBackup: (reason, content) => backups.writeBackup(reason, content),
    readBackup: (name) => backups.readBackup(name),
    listBackups: () => backups.listBackups(),
  } as Partial<MainServices> as MainServices;
  registerIpcHandlers(createIpcHandle(ipcMain as unknown as IpcMain, ['app://hamish']), services, transfers);
  vi.resetModules();
  await import('../../../src/preload/index');
  bridge = electron.exposed.get('hamish') as ReaderPlatform;
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('backups through the chunked transfer', () => {
  it('round-trips a 250 MB backup between the bridge and the backup folder', async () => {
    const content = generatedBackup(250_000_000);
    const entry = await bridge.writeBackup('before-restore', content);
    expect(entry.size).toBe(content.length);
    expect(statSync(join(dir, entry.name)).size).toBe(content.length);
    const read = await bridge.readBackup(entry.name);
    expect(read.length).toBe(content.length);
    // Compared as one boolean: a failed toBe would try to print two 250 MB strings.
    expect(read === content).toBe(true);
    expect(transfers.openCount()).toBe(0);
  });

  it('round-trips Arabic text whose surrogate pairs fall across chunk boundaries', async () => {
    // Each piece puts the emoji's first half on the last unit of a full chunk.
    const content = `${'ه'.repeat(TRANSFER_CHUNK_UNITS - 1)}😀`.repeat(3) + 'هامش';
    const entry = await bridge.writeBackup('daily', content);
    expect(entry.size).toBe(Buffer.byteLength(content, 'utf8'));
    expect((await bridge.readBackup(entry.name)) === content).toBe(true);
  });

  it('leaves no backup under a valid name when the window dies mid-upload, and frees the upload', async () => {
    // What the preload had sent when its window died: a begun upload and one chunk, no commit.
    const id = (await ipcRenderer.invoke(TRANSFER_CHANNELS.beginUpload)) as string;
    await ipcRenderer.invoke(TRANSFER_CHANNELS.appendUpload, id, '{"annotations":[');
    expect(transfers.openCount()).toBe(1);
    expect(readdirSync(dir).filter((name) => parseBackupName(name))).toEqual([]);
    await vi.waitFor(() => expect(transfers.openCount()).toBe(0), { timeout: 1000 });
    expect(readdirSync(dir)).toEqual([]);
  });
});
