import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { WebContents } from 'electron';
import { IPC_CHANNELS, type ImportFile } from '@shared/platform/platform-contract';
import { isHamishScheme } from './deep-links';
import { ReadyQueue } from './ready-queue';

/** Launches with files, macOS's opened documents and menu choices waiting for the page; more is a runaway. */
const MAX_PENDING_BATCHES = 20;

export interface LaunchArguments {
  argv: readonly string[];
  /** Where the launch happened: relative paths are relative to it. */
  workingDirectory: string;
  /** Started as `electron <app>` (development): the first argument after the executable names the app. */
  defaultApp: boolean;
}

/**
 * The files a launch asks to open (Windows and Linux pass them as arguments): switches, the app's own
 * path, `hamish:` links (deep-links.ts) and other URLs are skipped; `file:` URLs (Linux's `%U`) become paths.
 */
export function findFilePaths({ argv, workingDirectory, defaultApp }: LaunchArguments): string[] {
  const paths: string[] = [];
  let appPathSkipped = !defaultApp;
  for (const arg of argv.slice(1)) {
    if (arg === '' || arg.startsWith('-')) continue;
    if (!appPathSkipped) {
      appPathSkipped = true;
      continue;
    }
    const path = argumentPath(arg);
    if (path !== null) paths.push(resolve(workingDirectory, path));
  }
  return paths;
}

function argumentPath(arg: string): string | null {
  if (isHamishScheme(arg)) return null;
  if (/^file:/i.test(arg)) {
    try {
      return fileURLToPath(arg);
    } catch {
      return null;
    }
  }
  return /^[a-z][a-z0-9+.-]+:\/\//i.test(arg) ? null : arg;
}

/**
 * Sends files opened from outside the page (the OS, File → Open…) to the window once its page listens
 * for them; the files are read only then, so nothing large waits in memory.
 */
export class OpenFilesForwarder {
  private readonly queue = new ReadyQueue<string[]>(
    (contents, paths) => this.send(contents, paths),
    MAX_PENDING_BATCHES,
  );
  private readonly windows = new WeakSet<WebContents>();
  private collecting: string[] = [];
  private sending: Promise<void> = Promise.resolve();

  constructor(
    private readonly read: (paths: readonly string[]) => Promise<ImportFile[]>,
    // macOS sends one open-file event per document, all in one tick: they go as one batch.
    private readonly defer: (flush: () => void) => void = (flush) => void setImmediate(flush),
  ) {}

  open(paths: readonly string[]): void {
    if (paths.length === 0) return;
    if (this.collecting.length === 0) this.defer(() => this.flush());
    this.collecting.push(...paths);
  }

  attach(contents: WebContents): void {
    this.windows.add(contents);
    // A new document in the window (a reload) has to say again that it listens.
    contents.on('did-navigate', () => this.queue.unready(contents));
    contents.on('render-process-gone', () => this.queue.unready(contents));
    contents.once('destroyed', () => this.queue.unready(contents));
  }

  /** The page of an attached window listens for onOpenFiles now (the preload says so once per page). */
  ready(contents: WebContents): void {
    if (this.windows.has(contents)) this.queue.ready(contents);
  }

  private flush(): void {
    const batch = this.collecting.splice(0);
    if (!this.queue.push(batch)) {
      console.warn(`Did not open ${batch.length} file(s): too many opened before the window was ready`);
    }
  }

  /** One batch after the other, so the page receives them in the order they were opened. */
  private send(contents: WebContents, paths: readonly string[]): void {
    this.sending = this.sending
      .then(async () => {
        const files = await this.read(paths);
        if (files.length > 0 && !contents.isDestroyed()) contents.send(IPC_CHANNELS.onOpenFiles, files);
      })
      .catch((error: unknown) => console.error('Could not send opened files to the window:', error));
  }
}
