import type { DraftBlock, ImportFormat } from '../document/document-model';

/** The largest file the import reads; the refusal message states it. */
export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;

/** What an importer makes of one file: a document before it has a library id. */
export interface ImportDraft {
  format: ImportFormat;
  fileName: string;
  title: string;
  /** BCP 47 primary tag of the document's main language (`ar`, `fa`, `en`). */
  language: string;
  direction: 'rtl' | 'ltr';
  /** The site or publisher, when the file names one. */
  siteName: string | null;
  byline: string | null;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` when the file dates itself, else ''. */
  publication: string;
  /** The body, title excluded. */
  blocks: DraftBlock[];
  /** Titles of the "read also" list, when the file has one. */
  related: string[];
  /** The text encoding detected, for text and Markdown files. */
  encoding?: string;
}

/** Why a file was not imported; each has a sentence in both UI languages. */
export type ImportRefusal =
  | 'unsupported-type'
  | 'too-large'
  | 'empty'
  | 'unknown-encoding'
  | 'no-text'
  | 'damaged'
  /** The desktop app could not read the file from disk (permissions, a removed drive). */
  | 'unreadable'
  /** Reading it took longer than any honest file of its size: the work was stopped. */
  | 'timed-out';

export type ImportOutcome = { ok: true; draft: ImportDraft } | { ok: false; reason: ImportRefusal };
