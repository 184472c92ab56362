import { isPublisherLine, isReadAlsoLabel } from './article-markers';
import type { DraftBlock, ParsedArticle, RelatedPiece } from './document-model';
import { layoutBlocks } from './layout-blocks';

const HEADING_MAX_CHARS = 90;
const HEADING_MAX_WORDS = 12;
const RELATED_TITLE_MAX_CHARS = 160;
/** A line ending in one of these is a sentence, a quote or a label, never a heading. */
const SENTENCE_END = /[.؟?!:،,;؛»”"…]$/u;
const HAS_LETTER = /\p{L}/u;
/** Headlines may end in ? or ! (the seed's own title ends in ؟) but not like a running sentence. */
const PROSE_END = /[.،,:;؛]$/u;

/** What a block after the title is: article body, a "read also" label, a related title, publisher furniture. */
type Role = 'body' | 'label' | 'related' | 'publisher';

/**
 * Turns a raw article file into canonical text and blocks. Positional: the first block is the title
 * whatever its punctuation. Never throws; linear in the input.
 */
export function parseArticle(raw: string): ParsedArticle {
  const [title = '', ...rest] = splitBlocks(normalize(raw));
  // Scraped articles often repeat the title line as the first line of the body.
  const afterTitle = rest[0] === title ? rest.slice(1) : rest;
  const roles = assignRoles(afterTitle);

  const body: DraftBlock[] = [];
  const related: RelatedPiece[] = [];
  const boilerplate: string[] = [];
  let relatedHeading: string | null = null;
  for (const [index, block] of afterTitle.entries()) {
    const role = roles[index];
    if (role === 'label') relatedHeading ??= block;
    else if (role === 'related') related.push({ title: block, documentId: null });
    else if (role === 'publisher') boilerplate.push(block);
    else body.push({ kind: isHeading(afterTitle, roles, index) ? 'heading' : 'paragraph', text: block });
  }
  return { title, ...layoutBlocks(title, body), relatedHeading, related, boilerplate };
}

function normalize(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

/** Splits on blank (whitespace-only) lines and trims each block's edges, leaving its inside alone. */
function splitBlocks(text: string): string[] {
  const blocks: string[] = [];
  let lines: string[] = [];
  const flush = (): void => {
    if (lines.length > 0) blocks.push(lines.join('\n').trim());
    lines = [];
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') flush();
    else lines.push(line);
  }
  flush();
  return blocks;
}

function assignRoles(blocks: readonly string[]): Role[] {
  const roles: Role[] = [];
  let listOpen = false;
  for (const block of blocks) {
    if (isReadAlsoLabel(block)) {
      roles.push('label');
      listOpen = true;
    } else if (isPublisherLine(block)) {
      roles.push('publisher');
      listOpen = false;
    } else if (listOpen && isRelatedTitle(block)) {
      roles.push('related');
    } else {
      // A long block after a label means the label sat mid-article and the article goes on.
      roles.push('body');
      listOpen = false;
    }
  }
  // Publisher lines count only at the end: one followed by article text is the article's own words.
  let bodyFollows = false;
  for (let index = roles.length - 1; index >= 0; index -= 1) {
    if (roles[index] === 'body') bodyFollows = true;
    else if (roles[index] === 'publisher' && bodyFollows) roles[index] = 'body';
  }
  return roles;
}

function isRelatedTitle(block: string): boolean {
  return block.length <= RELATED_TITLE_MAX_CHARS && !block.includes('\n') && !PROSE_END.test(block);
}

/** A heading is heading-shaped and sits between the title or a paragraph and a paragraph. */
function isHeading(blocks: readonly string[], roles: readonly Role[], index: number): boolean {
  const next = blocks[index + 1];
  return (
    isHeadingShaped(blocks[index] ?? '') &&
    (index === 0 || roles[index - 1] === 'body') &&
    next !== undefined &&
    roles[index + 1] === 'body' &&
    !isHeadingShaped(next)
  );
}

function isHeadingShaped(block: string): boolean {
  return (
    block.length <= HEADING_MAX_CHARS &&
    !block.includes('\n') &&
    !SENTENCE_END.test(block) &&
    HAS_LETTER.test(block) &&
    block.split(/\s+/).length <= HEADING_MAX_WORDS
  );
}
