/**
 * The document model every process shares. Offsets are UTF-16 code-unit indexes into `text`,
 * the document's canonical text: its title, headings and paragraphs (NFC), joined by BLOCK_SEPARATOR.
 */
export const BLOCK_SEPARATOR = '\n\n';

export type BlockKind = 'title' | 'heading' | 'paragraph';

export interface Block {
  /** Stable across parses of the same text: `title`, `h-1`, `p-1`, … */
  id: string;
  kind: BlockKind;
  text: string;
  start: number;
  end: number;
  /** 1-based ordinal among blocks of the same kind. */
  ordinal: number;
  /** Id of the heading this block sits under (null before the first heading). */
  sectionId: string | null;
}

export interface RelatedPiece {
  title: string;
  /** This edition bundles only the main article; related pieces are listed by title. */
  included: boolean;
}

/** What the parser finds in a raw text file. */
export interface ParsedArticle {
  title: string;
  text: string;
  contentHash: string;
  blocks: Block[];
  relatedHeading: string | null;
  related: RelatedPiece[];
  /** Publisher lines (subscribe/follow) kept as source info, never rendered as body. */
  boilerplate: string[];
}

export interface DocumentManifest {
  /** Stable library id: annotations are filed under it forever. */
  id: string;
  file: string;
  title: string;
  language: string;
  direction: 'rtl' | 'ltr';
  source: { name: string; nameEn?: string };
  /** As precise as the source allows: `2022-01` when only the month is known. */
  publication: string;
  related: string[];
}

export interface DocumentSummary {
  id: string;
  title: string;
  language: string;
  direction: 'rtl' | 'ltr';
  source: DocumentManifest['source'];
  publication: string;
}

export interface ArticleDocument extends ParsedArticle {
  /** `${manifest.id}@${contentHash}`: changes when the text changes. */
  versionId: string;
  manifest: DocumentManifest;
}
