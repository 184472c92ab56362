import type { WebContents } from 'electron';
import type { SaveFileResult, UiLanguage } from '@shared/platform/platform-contract';
import { askSavePath } from './save-file';
import { writeBytesAtomically } from './write-chunks';

const PDF = 'application/pdf';

/** The page's print stylesheet decides what is on paper; backgrounds carry the highlight colours. */
export const PDF_OPTIONS = { printBackground: true, pageSize: 'A4', preferCSSPageSize: true } as const;

/**
 * Prints the caller's own page to PDF first (the renderer keeps its print view until this answers),
 * then asks where to save it.
 */
export async function printToPdfWithDialog(
  suggestedName: string,
  sender: WebContents,
  language: UiLanguage,
  folder: string,
): Promise<SaveFileResult> {
  const pdf = await sender.printToPDF(PDF_OPTIONS);
  const name = suggestedName.toLowerCase().endsWith('.pdf') ? suggestedName : `${suggestedName}.pdf`;
  const path = await askSavePath({ suggestedName: name, mimeType: PDF }, sender, language, folder);
  if (path === null) return { status: 'cancelled' };
  await writeBytesAtomically(path, pdf);
  return { status: 'saved', path };
}
