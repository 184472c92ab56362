declare module 'dom-anchor-text-quote' {
  export function toRange(
    root: Node,
    selector: { exact: string; prefix?: string; suffix?: string },
    options?: { hint?: number },
  ): Range | null;
}

/** A dependency of dom-anchor-text-quote (installed with it). */
declare module 'dom-anchor-text-position' {
  export function toRange(root: Node, selector: { start: number; end: number }): Range;
}
