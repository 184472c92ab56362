import { contentHash } from './content-hash';
import { BLOCK_SEPARATOR, type Block, type DraftBlock } from './document-model';

export interface LaidOutText {
  text: string;
  contentHash: string;
  blocks: Block[];
}

/**
 * Gives a title and body blocks their canonical offsets, stable ids (`title`, `h-1`, `p-1`) and
 * sections. The one layout every document goes through, bundled or imported, so the same text always
 * yields the same offsets and the same anchors.
 */
export function layoutBlocks(title: string, body: readonly DraftBlock[]): LaidOutText {
  const blocks: Block[] = [];
  let offset = 0;
  let headings = 0;
  let paragraphs = 0;
  let sectionId: string | null = null;

  const append = (kind: Block['kind'], id: string, ordinal: number, draft: Omit<DraftBlock, 'kind'>) => {
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length;
    const { text, ...presentation } = draft;
    blocks.push({
      id,
      kind,
      text,
      start: offset,
      end: offset + text.length,
      ordinal,
      sectionId,
      ...presentation,
    });
    offset += text.length;
  };

  if (title !== '') append('title', 'title', 1, { text: title });
  for (const block of body) {
    if (block.text === '') continue;
    if (block.kind === 'heading') {
      headings += 1;
      // A heading opens its own section, so it carries its own id.
      sectionId = `h-${headings}`;
      append('heading', sectionId, headings, block);
    } else {
      paragraphs += 1;
      append('paragraph', `p-${paragraphs}`, paragraphs, block);
    }
  }
  const text = blocks.map((block) => block.text).join(BLOCK_SEPARATOR);
  return { text, contentHash: contentHash(text), blocks };
}
