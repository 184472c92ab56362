import type { ArticleDocument, DocumentSummary } from '../document/document-model';

/** The one API the renderer talks to; implemented by the preload bridge and by the web adapter. */
export interface SaveFileRequest {
  suggestedName: string;
  mimeType: string;
  content: string;
}

export type SaveFileResult = { status: 'saved'; path: string } | { status: 'cancelled' };

/** `printed`: handed to the browser's own print dialog, which says no more. */
export type PrintResult = SaveFileResult | { status: 'printed' };

/** Daily backups, and safety copies made before a restore or before a document is deleted. */
export const BACKUP_REASONS = ['daily', 'before-restore', 'before-delete'] as const;

export interface BackupEntry {
  name: string;
  created: string;
  size: number;
  reason: (typeof BACKUP_REASONS)[number];
}

/** A file the reader chose to import: its name and bytes, never its path. */
export interface ImportFile {
  name: string;
  /** Its size on disk; over IMPORT_MAX_BYTES its bytes are not read (empty) and the import refuses it. */
  size: number;
  bytes: Uint8Array;
  /** Set when the file could not be read (no permission, gone meanwhile): bytes are empty, to be reported. */
  error?: 'unreadable';
}

/** What the import dialogs offer (besides all files) and the desktop app opens from the OS. */
export const IMPORT_FILE_EXTENSIONS = [
  'txt',
  'md',
  'markdown',
  'html',
  'htm',
  'xhtml',
  'mhtml',
  'mht',
  'epub',
] as const;

/**
 * What the open dialogs offer: the documents, and the classroom's files — a teacher's reading pack opens
 * like a document, and students' answers go to the class view (src/renderer/src/classroom).
 */
export const OPEN_FILE_EXTENSIONS = [...IMPORT_FILE_EXTENSIONS, 'hamish', 'hamish-answers'] as const;

export interface ReaderPlatform {
  readonly kind: 'electron' | 'web';
  listDocuments(): Promise<DocumentSummary[]>;
  loadDocument(id: string): Promise<ArticleDocument>;
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Prints the window's page (its print stylesheet) to a PDF saved where the reader chooses. */
  printToPdf(suggestedName: string): Promise<PrintResult>;
  listBackups(): Promise<BackupEntry[]>;
  writeBackup(reason: BackupEntry['reason'], content: string): Promise<BackupEntry>;
  readBackup(name: string): Promise<string>;
  /** Asks the reader for files to import (several at once); [] when they cancel. */
  chooseImportFiles(): Promise<ImportFile[]>;
  /**
   * Files handed over from outside the window: the desktop app's File → Open, the OS (double-click, a
   * second launch with a file). Returns an unsubscribe; the browser edition never calls it.
   */
  onOpenFiles(listener: (files: ImportFile[]) => void): () => void;
  /** Keeps native menus and dialogs in the reader's UI language. */
  setUiLanguage(language: UiLanguage): Promise<void>;
  /** `hamish://` links opened from outside (an exported Markdown file); returns an unsubscribe. */
  onOpenLink(listener: (link: string) => void): () => void;
  /**
   * Run before the desktop window closes: the window waits (a short while at most) until every
   * listener has committed what the reader typed. The browser edition relies on its journal instead.
   */
  onBeforeClose(listener: () => Promise<void>): () => void;
}

export type UiLanguage = 'ar' | 'en';

/** IPC channel names, one per platform method; the preload lets no other channel through. */
export const IPC_CHANNELS = {
  listDocuments: 'hamish:list-documents',
  loadDocument: 'hamish:load-document',
  saveFile: 'hamish:save-file',
  printToPdf: 'hamish:print-to-pdf',
  listBackups: 'hamish:list-backups',
  writeBackup: 'hamish:write-backup',
  readBackup: 'hamish:read-backup',
  chooseImportFiles: 'hamish:choose-import-files',
  onOpenFiles: 'hamish:open-files',
  setUiLanguage: 'hamish:set-ui-language',
  onOpenLink: 'hamish:open-link',
  onBeforeClose: 'hamish:before-close',
} as const satisfies Record<Exclude<keyof ReaderPlatform, 'kind'>, string>;

export type IpcMethod = keyof typeof IPC_CHANNELS;

/**
 * Channels that carry large texts (backups, exports) between the preload and main in chunks
 * (chunked-transfer.ts); the preload uses them inside the platform methods and never exposes them.
 */
export const TRANSFER_CHANNELS = {
  beginUpload: 'hamish:upload-begin',
  appendUpload: 'hamish:upload-append',
  readDownload: 'hamish:download-read',
  discardTransfer: 'hamish:transfer-discard',
} as const;

/** An upload or download main opened for one window; only that window may use it. */
export type TransferId = string;

/** saveFile on the wire: the content has been uploaded first. */
export type SaveFileUpload = Omit<SaveFileRequest, 'content'> & { upload: TransferId };

export interface DownloadChunk {
  chunk: string;
  done: boolean;
}

interface Call<Args extends unknown[], Result> {
  args: Args;
  result: Result;
}

/** What each invoke channel carries and answers: the platform methods, large texts replaced by transfers. */
export interface IpcCalls {
  listDocuments: Call<[], DocumentSummary[]>;
  loadDocument: Call<[id: string], ArticleDocument>;
  saveFile: Call<[request: SaveFileUpload], SaveFileResult>;
  printToPdf: Call<[suggestedName: string], SaveFileResult>;
  listBackups: Call<[], BackupEntry[]>;
  writeBackup: Call<[reason: BackupEntry['reason'], upload: TransferId], BackupEntry>;
  readBackup: Call<[name: string], TransferId>;
  chooseImportFiles: Call<[], ImportFile[]>;
  setUiLanguage: Call<[language: UiLanguage], void>;
  beginUpload: Call<[], TransferId>;
  appendUpload: Call<[upload: TransferId, chunk: string], void>;
  readDownload: Call<[download: TransferId], DownloadChunk>;
  discardTransfer: Call<[transfer: TransferId], void>;
  /** The renderer's answer to onBeforeClose: everything is committed, the window may close. */
  closeReady: Call<[request: string], void>;
  /** The page listens for onOpenFiles now: main sends the files it was holding, and those that come later. */
  filesReady: Call<[], void>;
}
export type InvokeMethod = keyof IpcCalls;

const {
  onOpenLink: _link,
  onOpenFiles: _files,
  onBeforeClose: _close,
  ...platformInvokeChannels
} = IPC_CHANNELS;

/**
 * The renderer's side of a closing window (onBeforeClose) and of files sent to it (onOpenFiles); the
 * preload uses them and never exposes them.
 */
export const LIFECYCLE_CHANNELS = {
  closeReady: 'hamish:close-ready',
  filesReady: 'hamish:files-ready',
} as const;
/** Every channel the renderer may invoke, by method: main handles exactly these. */
export const INVOKE_CHANNELS = {
  ...platformInvokeChannels,
  ...TRANSFER_CHANNELS,
  ...LIFECYCLE_CHANNELS,
} as const satisfies Record<InvokeMethod, string>;

/** Library ids: lowercase ASCII slugs, so an id can never name a path. */
export const DOCUMENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,80}$/;
export const BACKUP_NAME_PATTERN = new RegExp(
  `^hamish-backup-[0-9TZ:.-]+-(${BACKUP_REASONS.join('|')})\\.json$`,
);

export const APP_ORIGIN = 'app://hamish';
export const WEB_EDITION_PORT = 4317;
