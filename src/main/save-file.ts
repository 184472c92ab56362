import { join } from 'node:path';
import { BrowserWindow, dialog, type SaveDialogOptions, type WebContents } from 'electron';
import {
  ANSWERS_FILE_EXTENSION,
  ANSWERS_MIME,
  PACK_FILE_EXTENSION,
  READING_PACK_MIME,
} from '@shared/classroom/classroom-model';
import { sanitizeFileName } from '@shared/platform/file-name';
import type { SaveFileRequest, SaveFileResult, UiLanguage } from '@shared/platform/platform-contract';
import { nativeStrings, type NativeStrings } from './native-strings';
import { writeChunksAtomically, type TextChunks } from './write-chunks';

/** What the reader saves: the name and type it suggested, and the content as uploaded. */
export type SaveFileJob = Omit<SaveFileRequest, 'content'> & { content: TextChunks };

const FILTERS: Record<string, { label: keyof NativeStrings; extensions: string[] }> = {
  'text/markdown': { label: 'markdownFiles', extensions: ['md'] },
  'application/json': { label: 'jsonFiles', extensions: ['json'] },
  'text/plain': { label: 'textFiles', extensions: ['txt'] },
  'application/pdf': { label: 'pdfFiles', extensions: ['pdf'] },
  [READING_PACK_MIME]: { label: 'readingPackFiles', extensions: [PACK_FILE_EXTENSION] },
  [ANSWERS_MIME]: { label: 'answerFiles', extensions: [ANSWERS_FILE_EXTENSION] },
};

export function saveDialogOptions(
  request: Omit<SaveFileRequest, 'content'>,
  language: UiLanguage,
  folder: string,
): SaveDialogOptions {
  const s = nativeStrings[language];
  const filter = FILTERS[request.mimeType];
  return {
    title: s.saveDialogTitle,
    defaultPath: join(folder, sanitizeFileName(request.suggestedName)),
    filters: [
      ...(filter ? [{ name: s[filter.label], extensions: filter.extensions }] : []),
      { name: s.allFiles, extensions: ['*'] },
    ],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/** Asks where to save, then writes the text there; the renderer never learns other paths. */
export async function saveFileWithDialog(
  request: SaveFileJob,
  sender: WebContents,
  language: UiLanguage,
  folder: string,
): Promise<SaveFileResult> {
  const path = await askSavePath(request, sender, language, folder);
  if (path === null) return { status: 'cancelled' };
  await writeChunksAtomically(path, request.content);
  return { status: 'saved', path };
}

/** The save dialog, attached to the caller's window; null when the reader cancels. */
export async function askSavePath(
  request: Omit<SaveFileRequest, 'content'>,
  sender: WebContents,
  language: UiLanguage,
  folder: string,
): Promise<string | null> {
  const options = saveDialogOptions(request, language, folder);
  const parent = BrowserWindow.fromWebContents(sender);
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}
