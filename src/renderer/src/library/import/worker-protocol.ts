import type { ImportFormat } from '@shared/document/document-model';
import type { ImportOutcome, ImportRefusal } from '@shared/import/import-model';
import type { HtmlSlice } from './html-slices';

/** Where an import is; the page shows it. `fraction` is null while the amount of work is unknown. */
export interface ImportProgress {
  stage: 'reading' | 'extracting' | 'sanitizing' | 'structuring';
  fraction: number | null;
}

/** A web page or a book as the worker leaves it: metadata, and its content as HTML still to sanitize. */
export interface ExtractedPage {
  format: Extract<ImportFormat, 'html' | 'mhtml' | 'epub'>;
  fileName: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publication: string;
  language: string;
  direction: 'rtl' | 'ltr';
  encoding?: string;
  slices: HtmlSlice[];
}

/** Text and Markdown come back finished; pages and books come back as slices for the main thread. */
export type Extraction =
  | { kind: 'draft'; outcome: ImportOutcome }
  | { kind: 'page'; page: ExtractedPage }
  | { kind: 'refused'; reason: ImportRefusal };

export interface ExtractRequest {
  id: number;
  fileName: string;
  format: ImportFormat;
  /** Transferred, not copied. */
  bytes: ArrayBuffer;
}

export type WorkerMessage =
  | { id: number; type: 'progress'; progress: ImportProgress }
  | { id: number; type: 'done'; extraction: Extraction };
