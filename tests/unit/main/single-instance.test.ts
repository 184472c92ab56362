import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

const electron = vi.hoisted(() => ({
  listeners: new Map<string, (...args: unknown[]) => void>(),
  lock: true,
  app: {
    isPackaged: true,
    requestSingleInstanceLock: vi.fn(() => electron.lock),
    setAsDefaultProtocolClient: vi.fn(),
    on: vi.fn((name: string, listener: (...args: unknown[]) => void) =>
      electron.listeners.set(name, listener),
    ),
  },
}));
vi.mock('electron', () => ({ app: electron.app }));

import { listenForOpenRequests } from '../../../src/main/single-instance';

function requests() {
  return { openLink: vi.fn(), openFiles: vi.fn(), show: vi.fn() };
}

const emit = (name: string, ...args: unknown[]) => (electron.listeners.get(name) as Listener)(...args);

describe('listenForOpenRequests', () => {
  const argv = process.argv;
  beforeEach(() => {
    electron.listeners.clear();
    electron.lock = true;
    process.argv = ['/opt/Hamish/hamish'];
  });
  afterEach(() => {
    process.argv = argv;
  });

  it('quits early when another instance holds the lock, opening nothing', () => {
    electron.lock = false;
    const to = requests();
    expect(listenForOpenRequests(to)).toBe(false);
    expect(electron.listeners.size).toBe(0);
    expect(to.openFiles).not.toHaveBeenCalled();
  });

  it('claims the scheme and forwards links from open-url and second instances', () => {
    const to = requests();
    expect(listenForOpenRequests(to)).toBe(true);
    expect(electron.app.setAsDefaultProtocolClient).toHaveBeenCalledWith('hamish');
    const preventDefault = vi.fn();
    emit('open-url', { preventDefault }, 'hamish://open/mac');
    emit('second-instance', {}, ['/opt/Hamish/hamish', 'hamish://open/linux'], '/');
    expect(preventDefault).toHaveBeenCalled();
    expect(to.openLink).toHaveBeenCalledWith('hamish://open/mac');
    expect(to.openLink).toHaveBeenCalledWith('hamish://open/linux');
    expect(to.show).toHaveBeenCalledTimes(2);
  });

  it('opens the files of its own launch, without showing a window that does not exist yet', () => {
    process.argv = ['/opt/Hamish/hamish', '/tmp/مقال.txt', 'hamish://open/doc'];
    const to = requests();
    listenForOpenRequests(to);
    expect(to.openFiles).toHaveBeenCalledWith([resolve('/tmp/مقال.txt')]);
    expect(to.openLink).toHaveBeenCalledWith('hamish://open/doc');
    expect(to.show).not.toHaveBeenCalled();
  });

  it("hands a second instance's files, relative to where it started, to the running window", () => {
    const to = requests();
    listenForOpenRequests(to);
    to.openFiles.mockClear();
    emit(
      'second-instance',
      {},
      ['/opt/Hamish/hamish', '--original-process-start-time=9', 'a.html', '/tmp/b.epub'],
      '/home/reader/Downloads',
    );
    expect(to.openFiles).toHaveBeenCalledWith([
      resolve('/home/reader/Downloads/a.html'),
      resolve('/tmp/b.epub'),
    ]);
    expect(to.show).toHaveBeenCalledOnce();
  });

  it('takes macOS open-file events, claiming them so the system does not report a failure', () => {
    const to = requests();
    listenForOpenRequests(to);
    const preventDefault = vi.fn();
    emit('open-file', { preventDefault }, '/Users/reader/page.mhtml');
    expect(preventDefault).toHaveBeenCalled();
    expect(to.openFiles).toHaveBeenLastCalledWith(['/Users/reader/page.mhtml']);
    expect(to.show).toHaveBeenCalledOnce();
  });
});
