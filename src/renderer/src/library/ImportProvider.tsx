import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useReducer,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { ImportFile } from '@shared/platform/platform-contract';
import { InvalidDraftError } from '@shared/backup/backup-documents';
import type { ImportDraft } from '@shared/import/import-model';
import { MissingDocumentError } from '../storage/storage-errors';
import type { DocumentLibrary } from './document-library';
import { usePlatform } from '../platform/PlatformProvider';
import { importQueueReducer, type ImportItem, type ImportItemState } from './import-queue';
import { isClassroomFile, openPackFile } from '../classroom/pack/open-pack';
import { useDocumentLibrary } from './LibraryProvider';

export type ImportChoice = 'replace' | 'keep-both' | 'skip';

interface ImportApi {
  items: ImportItem[];
  /** How many times each document's text was replaced here: the reader reopens it each time. */
  replaced: Readonly<Record<string, number>>;
  importFiles(files: readonly ImportFile[]): void;
  /** Opens the file picker (or the desktop dialog) and imports what the reader picks. */
  chooseFiles(): Promise<void>;
  decide(key: number, choice: ImportChoice): Promise<void>;
  clearFinished(): void;
}

const ImportContext = createContext<ImportApi | null>(null);

/** The document was deleted while the question waited: null, and this version is then simply added. */
function replaceUnlessDeleted(library: DocumentLibrary, id: string, draft: ImportDraft) {
  return library.replaceDocument(id, draft).catch((error: unknown) => {
    if (error instanceof MissingDocumentError) return null;
    throw error;
  });
}

/** A reading pack given to the library opens as the student's copy; its document joins the library. */
async function openPack(file: ImportFile, library: DocumentLibrary): Promise<ImportItemState> {
  if (file.error) return { status: 'refused', reason: file.error };
  try {
    const opening = await openPackFile(file, library);
    if (opening.ok) return { status: 'pack', id: opening.id, title: opening.title, opened: opening.opened };
    return {
      status: 'pack-refused',
      reason: opening.reason,
      ...(opening.detail && { detail: opening.detail }),
    };
  } catch (error) {
    console.error(`Opening the reading pack ${file.name} failed`, error);
    return { status: 'refused', reason: saveFailure(error) };
  }
}

/** A draft the store's own checks refuse is a file the importer misread: said as a damaged file. */
function saveFailure(error: unknown): 'damaged' | 'storage-failed' {
  return error instanceof InvalidDraftError ? 'damaged' : 'storage-failed';
}

/**
 * One queue for every way a file arrives (button, drop, File → Open, the OS): files are imported one
 * at a time, in order, each ending with its own outcome; a file that needs the reader's choice waits
 * without holding up the rest.
 */
export function ImportProvider({ children }: { children: ReactNode }) {
  const platform = usePlatform();
  const library = useDocumentLibrary();
  const [items, dispatch] = useReducer(importQueueReducer, []);
  const [replaced, setReplaced] = useState<Record<string, number>>({});
  const pending = useRef<{ key: number; file: ImportFile }[]>([]);
  const nextKey = useRef(1);
  const running = useRef(false);

  const update = useCallback(
    (key: number, state: ImportItemState) => dispatch({ type: 'update', key, state }),
    [],
  );

  const drain = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    try {
      for (let job = pending.current.shift(); job; job = pending.current.shift()) {
        const { key, file } = job;
        update(key, { status: 'working', stage: 'reading', fraction: null });
        if (isClassroomFile(file.name)) {
          update(key, await openPack(file, library));
          continue;
        }
        // Loaded on first use: the sanitizer and the worker's client stay out of the first paint's bundle.
        const { importFile } = await import('./import/run-import');
        const outcome = await importFile(file, ({ stage, fraction }) =>
          update(key, { status: 'working', stage, fraction }),
        ).catch(() => ({ ok: false, reason: 'damaged' }) as const);
        if (!outcome.ok) {
          update(key, { status: 'refused', reason: outcome.reason });
          continue;
        }
        update(key, { status: 'working', stage: 'saving', fraction: null });
        try {
          const saved = await library.saveImport(outcome.draft);
          if (saved.status === 'imported')
            update(key, { status: 'imported', id: saved.id, title: outcome.draft.title });
          else if (saved.status === 'duplicate') update(key, { status: 'duplicate', id: saved.id });
          else
            update(key, {
              status: 'ask',
              id: saved.id,
              title: saved.title,
              annotations: saved.annotations,
              draft: outcome.draft,
            });
        } catch (error) {
          console.error(`Saving the imported ${file.name} failed`, error);
          update(key, { status: 'refused', reason: saveFailure(error) });
        }
      }
    } finally {
      running.current = false;
    }
  }, [library, update]);

  const importFiles = useCallback(
    (files: readonly ImportFile[]) => {
      if (files.length === 0) return;
      const firstKey = nextKey.current;
      nextKey.current += files.length;
      dispatch({ type: 'add', names: files.map((file) => file.name), firstKey });
      files.forEach((file, index) => pending.current.push({ key: firstKey + index, file }));
      void drain();
    },
    [drain],
  );

  const chooseFiles = useCallback(
    async () => importFiles(await platform.chooseImportFiles()),
    [importFiles, platform],
  );

  const decide = useCallback(
    async (key: number, choice: ImportChoice) => {
      const item = items.find((candidate) => candidate.key === key);
      if (item?.state.status !== 'ask') return;
      const { id, draft } = item.state;
      if (choice === 'skip') return update(key, { status: 'skipped' });
      update(key, { status: 'working', stage: 'saving', fraction: null });
      try {
        const replacement = choice === 'replace' ? await replaceUnlessDeleted(library, id, draft) : null;
        if (replacement) {
          update(key, { status: 'replaced', id, title: draft.title, ...replacement });
          setReplaced((counts) => ({ ...counts, [id]: (counts[id] ?? 0) + 1 }));
        } else {
          const { id: newId } = await library.importAsNew(draft);
          update(key, { status: 'imported', id: newId, title: draft.title });
        }
      } catch (error) {
        console.error(`Saving the imported ${item.name} failed`, error);
        update(key, { status: 'refused', reason: saveFailure(error) });
      }
    },
    [items, library, update],
  );

  const clearFinished = useCallback(() => dispatch({ type: 'clear-finished' }), []);

  const api = useMemo(
    () => ({ items, replaced, importFiles, chooseFiles, decide, clearFinished }),
    [items, replaced, importFiles, chooseFiles, decide, clearFinished],
  );
  return <ImportContext.Provider value={api}>{children}</ImportContext.Provider>;
}

export function useImports(): ImportApi {
  const api = useContext(ImportContext);
  if (!api) throw new Error('useImports outside ImportProvider');
  return api;
}
