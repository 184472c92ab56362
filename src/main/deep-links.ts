import type { WebContents } from 'electron';
import { desktopLink, parsePassageLink } from '@shared/links/passage-link';
import { IPC_CHANNELS } from '@shared/platform/platform-contract';
import { ReadyQueue } from './ready-queue';

export const DEEP_LINK_SCHEME = 'hamish';
const MAX_PENDING = 20;

export function isHamishScheme(raw: unknown): raw is string {
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
  private readonly queue = new ReadyQueue<string>(
    (contents, link) => contents.send(IPC_CHANNELS.onOpenLink, link),
    MAX_PENDING,
  );

  open(raw: unknown): void {
    const link = parseDeepLink(raw);
    if (link) this.queue.push(link);
    else if (isHamishScheme(raw))
      console.warn(`Ignored a malformed Hamish link: ${JSON.stringify(raw.slice(0, 200))}`);
  }

  attach(contents: WebContents): void {
    contents.on('did-finish-load', () => this.queue.ready(contents));
    contents.once('destroyed', () => this.queue.unready(contents));
  }
}
