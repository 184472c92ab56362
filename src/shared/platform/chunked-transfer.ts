/**
 * Large texts cross IPC in chunks. A backup of the largest supported library (50,000 annotations
 * with paragraph-length notes) measured 257 MB of JSON: in chunks, no message has to carry it whole
 * and main writes it to disk piece by piece, never joining it into one string.
 */

/** Longest chunk one message carries: 4 Mi UTF-16 units, at most 8 MB in the message. */
export const TRANSFER_CHUNK_UNITS = 4 * 1024 * 1024;

/**
 * Largest text one transfer carries, in UTF-8 bytes: the same 400 MiB a backup file may have
 * (BACKUP_LIMITS.fileBytes), kept below V8's longest string (about 536.9 M UTF-16 units).
 */
export const MAX_TRANSFER_BYTES = 400 * 1024 * 1024;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Cuts text into chunks of at most `size` units, never between the two halves of a surrogate pair. */
export function splitIntoChunks(text: string, size: number = TRANSFER_CHUNK_UNITS): string[] {
  if (!Number.isInteger(size) || size < 2) throw new RangeError(`chunk size must be an integer ≥ 2: ${size}`);
  const chunks: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    chunks.push(text.slice(start, end));
    start = end;
  }
  return chunks;
}
