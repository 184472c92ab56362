import { sanitizeFileName } from '../platform/file-name';

/** The name a save dialog proposes for an export of `title`: the title itself, made safe, or "hamish". */
export function suggestedExportName(
  title: string,
  extension: 'md' | 'json' | 'pdf' | 'hamish' | 'hamish-answers',
): string {
  return `${sanitizeFileName(title, 'hamish')}.${extension}`;
}
