import { sanitizeFileName } from '../platform/file-name';

/** The name a save dialog proposes for an export of `title`: the title itself, made safe, or "hamish". */
export function suggestedExportName(title: string, extension: 'md' | 'json' | 'pdf'): string {
  return `${sanitizeFileName(title, 'hamish')}.${extension}`;
}
