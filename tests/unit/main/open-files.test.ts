import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import type { WebContents } from 'electron';
import { IPC_CHANNELS, type ImportFile } from '@shared/platform/platform-contract';
import { findFilePaths, OpenFilesForwarder } from '../../../src/main/open-files';

type Listener = (...args: unknown[]) => void;

describe('findFilePaths', () => {
  const packaged = { workingDirectory: '/home/reader', defaultApp: false };
  const development = { workingDirectory: '/repo', defaultApp: true };

  it.each([
    ['an installed app with a file', packaged, ['/opt/Hamish/hamish', '/tmp/مقال.txt'], ['/tmp/مقال.txt']],
    ['a relative path', packaged, ['hamish', 'notes/a.md'], ['/home/reader/notes/a.md']],
    ['several files', packaged, ['hamish', 'a.txt', 'b.html'], ['/home/reader/a.txt', '/home/reader/b.html']],
    [
      "Chromium's and macOS's switches",
      packaged,
      ['hamish', '--original-process-start-time=1', '-psn_0_1234', '--', 'a.txt'],
      ['/home/reader/a.txt'],
    ],
    ['a Hamish link', packaged, ['hamish', 'hamish://open/doc', 'HAMISH:open/doc'], []],
    ['another URL', packaged, ['hamish', 'https://example.com/a.html'], []],
    ['a file URL (Linux %U)', packaged, ['hamish', pathToFileURL('/tmp/a b.txt').href], ['/tmp/a b.txt']],
    ['a file URL of another host', packaged, ['hamish', 'file://server/share/a.txt'], []],
    ['no arguments', packaged, ['hamish'], []],
    ['an empty argument', packaged, ['hamish', ''], []],
    ['a name with a colon', packaged, ['hamish', 'notes:1.txt'], ['/home/reader/notes:1.txt']],
    ['development: the app path first', development, ['electron', '.', 'a.txt'], ['/repo/a.txt']],
    [
      'development after switches (Playwright)',
      development,
      ['electron', '--inspect=0', '/repo', '/tmp/a.txt'],
      ['/tmp/a.txt'],
    ],
    ['development with no file', development, ['electron', '/repo'], []],
  ])('%s', (_case, launch, argv, expected) => {
    expect(findFilePaths({ argv, ...launch })).toEqual(expected.map((path) => resolve(path)));
  });
});

function fakeContents() {
  const events = new Map<string, Listener>();
  let destroyed = false;
  const contents = {
    send: vi.fn(),
    isDestroyed: () => destroyed,
    on: (name: string, listener: Listener) => events.set(name, listener),
    once: (name: string, listener: Listener) => events.set(name, listener),
  };
  return {
    contents,
    asWebContents: contents as unknown as WebContents,
    emit: (name: string) => {
      if (name === 'destroyed') destroyed = true;
      events.get(name)?.();
    },
  };
}

/** A forwarder whose reads make a file per path and whose deferred flushes run when the test says. */
function setup() {
  const deferred: (() => void)[] = [];
  const reads: string[][] = [];
  const read = vi.fn(async (paths: readonly string[]): Promise<ImportFile[]> => {
    reads.push([...paths]);
    return paths.map((path) => ({ name: path.split('/').pop()!, size: 1, bytes: new Uint8Array([1]) }));
  });
  const forwarder = new OpenFilesForwarder(read, (flush) => deferred.push(flush));
  const flush = () => {
    for (const run of deferred.splice(0)) run();
  };
  const window = fakeContents();
  forwarder.attach(window.asWebContents);
  const sentNames = () =>
    window.contents.send.mock.calls.map(([channel, files]) => {
      expect(channel).toBe(IPC_CHANNELS.onOpenFiles);
      return (files as ImportFile[]).map((file) => file.name);
    });
  return { forwarder, flush, reads, read, window, sentNames };
}

describe('OpenFilesForwarder', () => {
  it('holds files opened before the page listens, reads them only then, and sends them', async () => {
    const { forwarder, flush, reads, window, sentNames } = setup();
    forwarder.open(['/tmp/early.txt']);
    flush();
    await Promise.resolve();
    expect(reads).toEqual([]);
    forwarder.ready(window.asWebContents);
    await vi.waitFor(() => expect(sentNames()).toEqual([['early.txt']]));
    forwarder.open(['/tmp/late.md']);
    flush();
    await vi.waitFor(() => expect(sentNames()).toEqual([['early.txt'], ['late.md']]));
  });

  it('sends documents opened together (macOS: one event each, one tick) as one batch', async () => {
    const { forwarder, flush, window, sentNames } = setup();
    forwarder.ready(window.asWebContents);
    forwarder.open(['/a/1.txt']);
    forwarder.open(['/a/2.txt']);
    forwarder.open([]);
    flush();
    await vi.waitFor(() => expect(sentNames()).toEqual([['1.txt', '2.txt']]));
  });

  it('keeps the order of batches even when an earlier read is slower', async () => {
    const { forwarder, flush, window, read, sentNames } = setup();
    read.mockImplementationOnce(async (paths) => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      return paths.map((path) => ({ name: path, size: 0, bytes: new Uint8Array(0) }));
    });
    forwarder.ready(window.asWebContents);
    forwarder.open(['slow']);
    flush();
    forwarder.open(['fast']);
    flush();
    await vi.waitFor(() => expect(sentNames()).toEqual([['slow'], ['fast']]));
  });

  it('holds files again after the page reloads or crashes, until the new page listens', async () => {
    for (const event of ['did-navigate', 'render-process-gone']) {
      const { forwarder, flush, window, sentNames } = setup();
      forwarder.ready(window.asWebContents);
      window.emit(event);
      forwarder.open(['/tmp/a.txt']);
      flush();
      await new Promise((resolve) => setTimeout(resolve, 5));
      expect(sentNames()).toEqual([]);
      forwarder.ready(window.asWebContents);
      await vi.waitFor(() => expect(sentNames()).toEqual([['a.txt']]));
    }
  });

  it('ignores readiness from a window it was not attached to', async () => {
    const { forwarder, flush, reads } = setup();
    const stranger = fakeContents();
    forwarder.ready(stranger.asWebContents);
    forwarder.open(['/tmp/a.txt']);
    flush();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(reads).toEqual([]);
    expect(stranger.contents.send).not.toHaveBeenCalled();
  });

  it('sends nothing to a closed window, and nothing when no file could be given', async () => {
    const { forwarder, flush, read, window } = setup();
    forwarder.ready(window.asWebContents);
    read.mockResolvedValueOnce([]);
    forwarder.open(['/tmp/folder']);
    flush();
    await vi.waitFor(() => expect(read).toHaveBeenCalledOnce());
    window.emit('destroyed');
    forwarder.open(['/tmp/a.txt']);
    flush();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(window.contents.send).not.toHaveBeenCalled();
  });

  it('holds at most 20 batches before the page is ready, and says so in the log', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { forwarder, flush, window, sentNames } = setup();
    for (let i = 0; i < 25; i += 1) {
      forwarder.open([`/tmp/${i}.txt`]);
      flush();
    }
    expect(warn).toHaveBeenCalledTimes(5);
    forwarder.ready(window.asWebContents);
    await vi.waitFor(() => expect(sentNames()).toHaveLength(20));
    expect(sentNames()[19]).toEqual(['19.txt']);
    warn.mockRestore();
  });
});
