/** Annotations follow the W3C Web Annotation data model, flattened for IndexedDB indexes. */
export const ANNOTATION_SCHEMA_VERSION = 1;

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple'] as const;
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number];

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface AnnotationTarget {
  /** The document version (`id@hash`) the selectors were made against. */
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
}

/** What a note stores: the editor's own JSON (lossless), plain text (search) and Markdown (export). */
export interface NoteBody {
  /** Serialized Lexical editor state, or null for a highlight without a note. */
  editorState: string | null;
  text: string;
  markdown: string;
}

export const EMPTY_NOTE: Readonly<NoteBody> = Object.freeze({ editorState: null, text: '', markdown: '' });

export interface Reader {
  id: string;
  name: string;
}

export interface Annotation {
  id: string;
  /** Stable library id of the document (the manifest id). */
  documentId: string;
  target: AnnotationTarget;
  /** Copy of the position selector's start: the index that orders the margin in reading order. */
  start: number;
  color: HighlightColor;
  tags: string[];
  note: NoteBody;
  author: Reader;
  created: string;
  modified: string;
  schemaVersion: number;
  /**
   * Set on a copy kept because two windows (or a replayed journal) changed the same annotation at once:
   * the id of the annotation it is a version of, until the reader resolves the conflict.
   */
  conflictOf?: string;
  /** On a student's answer: the id of the reading-pack question it answers (W3C motivation `replying`). */
  replyTo?: string;
  /** On an answer to a multiple-choice question: the index of the chosen option. */
  choice?: number;
}

export const DEFAULT_READER: Reader = { id: 'reader:default', name: 'Reader' };

export const QUOTE_CONTEXT_LENGTH = 32;
