import { BACKUP_LIMITS } from './backup-schema';
import type { BackupIssue } from './parse-backup';

export type DecodedBackup = { ok: true; text: string } | { ok: false; error: BackupIssue };

/** Byte-order marks of the encodings a backup may arrive in; without one, the file must be UTF-8. */
const BOMS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/**
 * A backup file's bytes as text, refusing what would otherwise turn silently into U+FFFD: bytes that
 * are not UTF-8 (or UTF-16 after its BOM). Checks the size first, so a huge file is never decoded.
 */
export function decodeBackupBytes(bytes: Uint8Array): DecodedBackup {
  if (bytes.length > BACKUP_LIMITS.fileBytes) {
    return { ok: false, error: { code: 'too-large', path: '', detail: `${BACKUP_LIMITS.fileBytes} bytes` } };
  }
  const bom = BOMS.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
  const encoding = bom?.encoding ?? 'utf-8';
  let text: string;
  try {
    // The decoder drops the BOM itself (ignoreBOM is false by default).
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: { code: 'not-utf8', path: '', detail: `invalid ${encoding}` } };
  }
  // JSON never holds a raw NUL: one here is UTF-16 (or UTF-32) without a BOM, read as the wrong thing.
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { ok: false, error: { code: 'not-utf8', path: '', detail: `NUL at ${nul}` } };
  return { ok: true, text };
}
