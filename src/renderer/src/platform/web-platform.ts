import type { ArticleDocument, DocumentManifest } from '@shared/document/document-model';
import { buildDocument, parseLibraryIndex, parseManifest, summarize } from '@shared/document/library';
import { IMPORT_MAX_BYTES } from '@shared/import/import-model';
import {
  OPEN_FILE_EXTENSIONS,
  type ImportFile,
  type ReaderPlatform,
} from '@shared/platform/platform-contract';
import { createBrowserBackupStore } from '../storage/backup-store';
import { getDb, type HamishDb } from '../storage/db';

const IMPORT_ACCEPT = OPEN_FILE_EXTENSIONS.map((extension) => `.${extension}`).join(',');

/** The browser's file picker; [] when the reader cancels (Chromium fires `cancel` on file inputs). */
function pickFiles(accept: string): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = accept;
    input.hidden = true;
    const finish = (files: File[]) => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish([...(input.files ?? [])]), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    document.body.append(input);
    input.click();
  });
}

/**
 * A file the page was given (picked or dropped), read as main reads one: over the limit its bytes are not
 * read, and a failed read (a dropped folder, a file removed since) is reported.
 */
export async function readPageFile(file: File): Promise<ImportFile> {
  const { name, size } = file;
  if (size > IMPORT_MAX_BYTES) return { name, size, bytes: new Uint8Array(0) };
  try {
    return { name, size, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { name, size, bytes: new Uint8Array(0), error: 'unreadable' };
  }
}

/** The browser edition: the library is served beside the app; backups live in IndexedDB. */
export function createWebPlatform(baseUrl: string, db: () => HamishDb = getDb): ReaderPlatform {
  const manifests = new Map<string, Promise<DocumentManifest>>();
  const backups = createBrowserBackupStore(db);

  async function fetchChecked(path: string): Promise<Response> {
    const response = await fetch(new URL(path, baseUrl));
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response;
  }

  function manifest(id: string): Promise<DocumentManifest> {
    let pending = manifests.get(id);
    if (!pending) {
      pending = fetchChecked(`library/${encodeURIComponent(id)}.json`)
        .then((response) => response.json())
        .then(parseManifest);
      manifests.set(id, pending);
    }
    return pending;
  }

  return {
    kind: 'web',
    async listDocuments() {
      const ids = parseLibraryIndex(await (await fetchChecked('library/index.json')).json());
      return Promise.all(ids.map(async (id) => summarize(await manifest(id))));
    },
    async loadDocument(id): Promise<ArticleDocument> {
      const found = await manifest(id);
      const raw = await (await fetchChecked(`library/${encodeURIComponent(found.file)}`)).text();
      return buildDocument(found, raw);
    },
    async saveFile({ suggestedName, mimeType, content }) {
      const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
      const link = document.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return { status: 'saved', path: suggestedName };
    },
    // A page cannot write a PDF itself: the browser's print dialog offers "Save as PDF".
    async printToPdf() {
      window.print();
      return { status: 'printed' };
    },
    listBackups: () => backups.list(),
    writeBackup: (reason, content) => backups.write(reason, content),
    readBackup: (name) => backups.read(name),
    async chooseImportFiles() {
      const files: ImportFile[] = [];
      for (const file of await pickFiles(IMPORT_ACCEPT)) files.push(await readPageFile(file));
      return files;
    },
    // Only the desktop app opens files from outside the page; dropped files are the page's own.
    onOpenFiles: () => () => {},
    async setUiLanguage() {},
    // A tab cannot hold its own closing: the edit journal keeps what is typed, and the next start saves it.
    onBeforeClose: () => () => {},
    onOpenLink(listener) {
      const forward = () => {
        if (location.hash) listener(location.hash);
      };
      window.addEventListener('hashchange', forward);
      return () => window.removeEventListener('hashchange', forward);
    },
  };
}
