// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupEntry, ReaderPlatform } from '@shared/platform/platform-contract';
import { dailyBackupFailure, useDailyBackup, type DailyBackupStatus } from '@renderer/export/useDailyBackup';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

const SAVED: BackupEntry = {
  name: 'hamish-backup-2026-11-29T10-00-00.000Z-daily.json',
  created: '2026-11-29T10:00:00.000Z',
  size: 2,
  reason: 'daily',
};
const snapshot = vi.fn(async () => '{}');

function fakePlatform(overrides: Partial<ReaderPlatform>): ReaderPlatform {
  return {
    kind: 'electron',
    listBackups: vi.fn(async () => []),
    writeBackup: vi.fn(async () => SAVED),
    ...overrides,
  } as Partial<ReaderPlatform> as ReaderPlatform;
}

let container: HTMLDivElement;
let root: Root;
let seen: DailyBackupStatus[];

function Probe({ platform }: { platform: ReaderPlatform }) {
  seen.push(useDailyBackup(platform, snapshot));
  return null;
}

async function run(platform: ReaderPlatform): Promise<DailyBackupStatus> {
  await act(async () => root.render(<Probe platform={platform} />));
  return seen[seen.length - 1]!;
}

beforeEach(() => {
  seen = [];
  snapshot.mockClear();
  container = document.createElement('div');
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  vi.restoreAllMocks();
});

describe('useDailyBackup', () => {
  it('reports a failed write, with its cause, instead of only logging it', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const platform = fakePlatform({
      writeBackup: vi.fn(async () => {
        throw new Error(
          "Error invoking remote method 'hamish:write-backup': Error: ENOSPC: no space left on device",
        );
      }),
    });
    expect(await run(platform)).toEqual({
      state: 'failed',
      cause: 'disk-full',
      detail: 'Error: ENOSPC: no space left on device',
    });
    expect(seen[0]).toEqual({ state: 'idle' });
    expect(logged).toHaveBeenCalledWith('The daily backup could not be written', expect.any(Error));
  });

  it('reports a library that could not be read as unexpected', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    snapshot.mockRejectedValueOnce(new Error('DatabaseClosedError'));
    const platform = fakePlatform({});
    expect(await run(platform)).toMatchObject({ state: 'failed', cause: 'unexpected' });
    expect(platform.writeBackup).not.toHaveBeenCalled();
  });

  it('reports the saved backup', async () => {
    const platform = fakePlatform({});
    expect(await run(platform)).toEqual({ state: 'saved', entry: SAVED });
    expect(platform.writeBackup).toHaveBeenCalledWith('daily', '{}');
  });

  it('writes nothing when today already has a daily backup', async () => {
    const platform = fakePlatform({
      listBackups: vi.fn(async () => [{ ...SAVED, created: new Date().toISOString() }]),
    });
    expect(await run(platform)).toEqual({ state: 'idle' });
    expect(platform.writeBackup).not.toHaveBeenCalled();
  });

  it('does nothing in the browser edition', async () => {
    const platform = fakePlatform({ kind: 'web' });
    expect(await run(platform)).toEqual({ state: 'idle' });
    expect(platform.listBackups).not.toHaveBeenCalled();
  });
});

describe('dailyBackupFailure', () => {
  it.each([
    [
      "Error invoking remote method 'hamish:write-backup': Error: ENOSPC: no space left on device",
      'disk-full',
    ],
    ['EDQUOT: disk quota exceeded', 'disk-full'],
    [
      "Error: EACCES: permission denied, open '/home/reader/.config/Hamish/backups/x.partial'",
      'no-permission',
    ],
    ['EROFS: read-only file system', 'no-permission'],
    [
      "Error invoking remote method 'hamish:upload-append': TransferRefusedError: the upload is larger than 419430400 bytes; it was discarded",
      'too-large',
    ],
    ['Something else went wrong', 'unexpected'],
  ])('reads %s as %s', (message, cause) => {
    expect(dailyBackupFailure(new Error(message)).cause).toBe(cause);
  });

  it('keeps the detail without the IPC wrapper, and accepts what is not an Error', () => {
    expect(dailyBackupFailure(new Error("Error invoking remote method 'x': boom")).detail).toBe('boom');
    expect(dailyBackupFailure('plain text')).toEqual({
      state: 'failed',
      cause: 'unexpected',
      detail: 'plain text',
    });
  });
});
