import { IMPORT_MAX_BYTES } from '@shared/import/import-model';
import type { ImportFile } from '@shared/platform/platform-contract';

/** A file the page was given, as the platform hands files over: over the limit, its bytes are not read. */
export async function toImportFile(file: File): Promise<ImportFile> {
  if (file.size > IMPORT_MAX_BYTES) return { name: file.name, size: file.size, bytes: new Uint8Array(0) };
  try {
    return { name: file.name, size: file.size, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    // A dropped folder, or a file removed since: nothing to read, so the import refuses it by name.
    return { name: file.name, size: 0, bytes: new Uint8Array(0) };
  }
}

/** Whether a drag carries files (not text or a link dragged from the article). */
export function carriesFiles(transfer: DataTransfer | null): boolean {
  return !!transfer && Array.from(transfer.types).includes('Files');
}
