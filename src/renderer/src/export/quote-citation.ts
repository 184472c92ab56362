import type { DocumentManifest } from '@shared/document/document-model';
import { citeQuote } from '@shared/export/citation';
import { readSetting } from '../storage/settings-store';

/** The quote cited from its document in the format the reader chose in the export dialog. */
export async function quoteCitation(quote: string, manifest: DocumentManifest): Promise<string> {
  return citeQuote(quote, manifest, await readSetting('citationFormat'));
}
