import { randomUUID } from 'node:crypto';
import type { BrowserWindow } from 'electron';
import { IPC_CHANNELS } from '@shared/platform/platform-contract';

/** How long a closing window waits for its renderer to commit what was typed. */
export const CLOSE_FLUSH_TIMEOUT_MS = 2_000;

type GuardedWindow = Pick<BrowserWindow, 'on' | 'close'> & {
  webContents: Pick<BrowserWindow['webContents'], 'id' | 'send' | 'on' | 'reload'>;
};

/**
 * Nothing typed is lost when a window closes: the close is held until the renderer answers that its
 * edits are committed (or CLOSE_FLUSH_TIMEOUT_MS passes: the journal still holds them then). A renderer
 * that crashes is reloaded, and the reloaded page replays its journal.
 */
export class CloseGuard {
  private readonly waiting = new Map<string, { contents: number; finish: () => void }>();

  constructor(
    private readonly timeoutMs = CLOSE_FLUSH_TIMEOUT_MS,
    private readonly newId: () => string = randomUUID,
  ) {}

  attach(window: GuardedWindow): void {
    let released = false;
    window.on('close', (event) => {
      if (released) return;
      event.preventDefault();
      const request = this.newId();
      const finish = () => {
        if (released) return;
        released = true;
        clearTimeout(timer);
        this.waiting.delete(request);
        window.close();
      };
      const timer = setTimeout(finish, this.timeoutMs);
      this.waiting.set(request, { contents: window.webContents.id, finish });
      window.webContents.send(IPC_CHANNELS.onBeforeClose, request);
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      if (released || details.reason === 'clean-exit') return;
      console.error(`The window's renderer stopped (${details.reason}); reloading it`);
      window.webContents.reload();
    });
  }

  /** The renderer of `contents` has committed everything: its window may close now. */
  ready(request: string, contents: number): void {
    const waiting = this.waiting.get(request);
    if (waiting?.contents === contents) waiting.finish();
  }
}
