import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '@shared/platform/platform-contract';
import { CloseGuard } from '../../../src/main/close-guard';

/** A BrowserWindow as the guard uses it: close events that can be prevented, and its webContents. */
function fakeWindow(id = 7) {
  const window = new EventEmitter() as EventEmitter & {
    closed: number;
    close: () => void;
    webContents: EventEmitter & {
      id: number;
      send: ReturnType<typeof vi.fn>;
      reload: ReturnType<typeof vi.fn>;
    };
  };
  const contents = Object.assign(new EventEmitter(), { id, send: vi.fn(), reload: vi.fn() });
  window.webContents = contents;
  window.closed = 0;
  // What Electron does on close(): a 'close' event, and the window goes unless it was prevented.
  window.close = () => {
    let prevented = false;
    window.emit('close', { preventDefault: () => (prevented = true) });
    if (!prevented) window.closed += 1;
  };
  return window;
}

afterEach(() => vi.useRealTimers());

describe('CloseGuard', () => {
  it('holds a closing window until its renderer says its edits are committed', () => {
    const guard = new CloseGuard(2_000, () => 'req-1');
    const window = fakeWindow();
    guard.attach(window as never);
    window.close();
    expect(window.closed).toBe(0);
    expect(window.webContents.send).toHaveBeenCalledWith(IPC_CHANNELS.onBeforeClose, 'req-1');

    guard.ready('req-1', 99); // another window's renderer cannot release it
    expect(window.closed).toBe(0);
    guard.ready('req-1', 7);
    expect(window.closed).toBe(1);
  });

  it('closes anyway after the timeout: the journal still holds what was typed', () => {
    vi.useFakeTimers();
    const guard = new CloseGuard(2_000, () => 'req-2');
    const window = fakeWindow();
    guard.attach(window as never);
    window.close();
    vi.advanceTimersByTime(1_999);
    expect(window.closed).toBe(0);
    vi.advanceTimersByTime(1);
    expect(window.closed).toBe(1);
  });

  it('reloads a renderer that crashed, so it replays its journal; never one that is closing', () => {
    const guard = new CloseGuard(2_000, () => 'req-3');
    const window = fakeWindow();
    guard.attach(window as never);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed' });
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
    window.webContents.emit('render-process-gone', {}, { reason: 'clean-exit' });
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);

    window.close();
    guard.ready('req-3', 7);
    window.webContents.emit('render-process-gone', {}, { reason: 'killed' });
    expect(window.webContents.reload).toHaveBeenCalledTimes(1);
  });
});
