import type { Block } from './document-model';

/** Blocks per chunk: enough that a long document is a few hundred chunks, few enough to lay out at a glance. */
export const CHUNK_BLOCKS = 32;

export interface ArticleBody<T> {
  /** Headings before the first paragraph, outside any chunk so they sit where they would without chunks. */
  leading: T[];
  chunks: T[][];
}

/**
 * The article's body in runs of about CHUNK_BLOCKS blocks. Each run renders as one `.article-chunk`, which
 * the browser skips while it is off screen: a text-size switch restyles a few hundred chunks, not every block.
 * A chunk keeps its blocks' margins inside it, so no chunk starts with a heading: a heading's top margin
 * would then add to the bottom margin above it instead of collapsing with it, and the spacing would change.
 */
export function chunkArticleBody<T extends Pick<Block, 'kind'>>(
  blocks: readonly T[],
  size = CHUNK_BLOCKS,
): ArticleBody<T> {
  const leading: T[] = [];
  const chunks: T[][] = [];
  let current: T[] | null = null;
  for (const block of blocks) {
    if (block.kind !== 'heading' && (current === null || current.length >= size)) {
      current = [];
      chunks.push(current);
    }
    (current ?? leading).push(block);
  }
  return { leading, chunks };
}

/** The class both the React article and the prerendered one give each chunk; app.css makes it skippable. */
export const CHUNK_CLASS = 'article-chunk';
