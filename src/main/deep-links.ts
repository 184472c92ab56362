import { app, type WebContents } from 'electron';
import { desktopLink, parsePassageLink } from '@shared/links/passage-link';
import { IPC_CHANNELS } from '@shared/platform/platform-contract';

export const DEEP_LINK_SCHEME = 'hamish';
const MAX_PENDING = 20;

function isHamishScheme(raw: unknown): raw is string {
  return typeof raw === 'string' && raw.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`);
}

/**
 * A `hamish://open/…` link worth passing to the renderer, rewritten from what was understood of
 * it; anything else, and any malformed Hamish link, is null.
 */
export function parseDeepLink(raw: unknown): string | null {
  if (!isHamishScheme(raw)) return null;
  const parsed = parsePassageLink(raw);
  return parsed?.ok ? desktopLink(parsed.target) : null;
}

/** Windows and Linux pass the link as a command-line argument of a new instance; the forwarder checks it. */
export function findDeepLink(argv: readonly string[]): string | null {
  for (let i = argv.length - 1; i >= 0; i -= 1) {
    if (isHamishScheme(argv[i])) return argv[i]!;
  }
  return null;
}

/** Holds links until the renderer has loaded (links often arrive at launch), then forwards them. */
export class DeepLinkForwarder {
  private pending: string[] = [];
  private target: WebContents | null = null;

  open(raw: unknown): void {
    const link = parseDeepLink(raw);
    if (!link) {
      if (isHamishScheme(raw))
        console.warn(`Ignored a malformed Hamish link: ${JSON.stringify(raw.slice(0, 200))}`);
      return;
    }
    if (this.target && !this.target.isDestroyed()) this.target.send(IPC_CHANNELS.onOpenLink, link);
    else if (this.pending.length < MAX_PENDING) this.pending.push(link);
  }

  attach(contents: WebContents): void {
    contents.on('did-finish-load', () => {
      this.target = contents;
      for (const link of this.pending.splice(0)) contents.send(IPC_CHANNELS.onOpenLink, link);
    });
    contents.once('destroyed', () => {
      if (this.target === contents) this.target = null;
    });
  }
}

/**
 * One running Hamish receives every link: macOS sends `open-url`, other systems start a second
 * instance whose argv holds the link. Returns false when another instance already runs (quit then).
 */
export function listenForDeepLinks(forwarder: DeepLinkForwarder, focus: () => void): boolean {
  if (!app.requestSingleInstanceLock()) return false;
  // Only installed builds claim the scheme, so development runs never rewrite the system's handler.
  if (app.isPackaged) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  app.on('open-url', (event, url) => {
    event.preventDefault();
    forwarder.open(url);
    focus();
  });
  app.on('second-instance', (_event, argv) => {
    forwarder.open(findDeepLink(argv));
    focus();
  });
  forwarder.open(findDeepLink(process.argv));
  return true;
}
