import type { WebContents } from 'electron';

/**
 * Items for a window's page (links, opened files) that often arrive at launch, before the page can
 * take them: held, up to a limit, until the page is ready, then delivered in order, and at once after.
 */
export class ReadyQueue<T> {
  private pending: T[] = [];
  private target: WebContents | null = null;

  constructor(
    private readonly deliver: (contents: WebContents, item: T) => void,
    private readonly limit: number,
  ) {}

  /** Delivers or holds the item; false when it was dropped because the queue is full. */
  push(item: T): boolean {
    const target = this.target;
    if (target && !target.isDestroyed()) {
      this.deliver(target, item);
      return true;
    }
    if (this.pending.length >= this.limit) return false;
    this.pending.push(item);
    return true;
  }

  /** The page can take items now: what waited goes first. */
  ready(contents: WebContents): void {
    this.target = contents;
    for (const item of this.pending.splice(0)) this.deliver(contents, item);
  }

  /** The page is going away (reloading, crashed, closed): hold items again until it is ready. */
  unready(contents: WebContents): void {
    if (this.target === contents) this.target = null;
  }
}
