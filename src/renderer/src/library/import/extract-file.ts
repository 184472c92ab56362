import type { ImportFormat } from '@shared/document/document-model';
import { draftFromMarkdown } from '@shared/import/markdown-import';
import { draftFromText } from '@shared/import/text-import';
import { extractEpub } from './epub';
import { extractWebPage } from './web-page';
import type { Extraction, ImportProgress } from './worker-protocol';

/**
 * Everything the import does off the main thread, for one file whose format is already known. Never
 * throws: a file that breaks a parser is a damaged file, and the next file starts afresh.
 */
export function extractFile(
  fileName: string,
  format: ImportFormat,
  bytes: Uint8Array,
  onProgress: (progress: ImportProgress) => void,
): Extraction {
  try {
    switch (format) {
      case 'text':
        onProgress({ stage: 'reading', fraction: null });
        return { kind: 'draft', outcome: draftFromText(bytes, fileName) };
      case 'markdown':
        onProgress({ stage: 'reading', fraction: null });
        return { kind: 'draft', outcome: draftFromMarkdown(bytes, fileName) };
      case 'html':
      case 'mhtml':
        return extractWebPage(bytes, fileName, format, onProgress);
      case 'epub':
        return extractEpub(bytes, fileName, onProgress);
    }
  } catch (error) {
    console.warn(`Import of ${fileName} (${format}) failed:`, error);
    return { kind: 'refused', reason: 'damaged' };
  }
}
