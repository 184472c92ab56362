/**
 * The document model every process shares. Offsets are UTF-16 code-unit indexes into `text`,
 * the document's canonical text: its title, headings and paragraphs (NFC), joined by BLOCK_SEPARATOR.
 */
export const BLOCK_SEPARATOR = '\n\n';

export type BlockKind = 'title' | 'heading' | 'paragraph';

/** How an imported paragraph was set in its source; the text itself is unchanged by it. */
export type BlockStyle = 'quote' | 'list-item' | 'code';

/** A block before layout: what importers produce and imported documents store. */
export interface DraftBlock {
  kind: 'heading' | 'paragraph';
  text: string;
  /** Only where it differs from the document's: an English paragraph in an Arabic page. */
  lang?: string;
  dir?: 'rtl' | 'ltr';
  style?: BlockStyle;
  /** A list item's marker as its source numbered it (`3.`), or `•`. */
  marker?: string;
}

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
  lang?: string;
  dir?: 'rtl' | 'ltr';
  style?: BlockStyle;
  marker?: string;
}

export interface RelatedPiece {
  title: string;
  /** The library document whose title matches (related-titles.ts), or null when none does. */
  documentId: string | null;
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
  /** As precise as the source allows: `2022-01` when only the month is known; '' when unknown. */
  publication: string;
  related: string[];
  /** Present on documents the reader imported; bundled documents have none. */
  imported?: ImportOrigin;
}

export type ImportFormat = 'text' | 'markdown' | 'html' | 'mhtml' | 'epub';

export interface ImportOrigin {
  fileName: string;
  format: ImportFormat;
  /** ISO time of the first import. */
  added: string;
  /** The text encoding detected, for text files (`windows-1256`). */
  encoding?: string;
  byline?: string;
}

export interface DocumentSummary {
  id: string;
  title: string;
  language: string;
  direction: 'rtl' | 'ltr';
  source: DocumentManifest['source'];
  publication: string;
  imported?: ImportOrigin;
}

export interface ArticleDocument extends ParsedArticle {
  /** `${manifest.id}@${contentHash}`: changes when the text changes. */
  versionId: string;
  manifest: DocumentManifest;
}
