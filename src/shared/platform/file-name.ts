/**
 * Makes a suggested export name safe on Windows, macOS and Linux while keeping Arabic letters:
 * only characters some file system refuses, or that can disguise a name, are replaced.
 */

const ILLEGAL_CHARACTERS = new Set(['<', '>', ':', '"', '/', '\\', '|', '?', '*']);
/** Bidi embeddings, overrides and isolates can make `txt.exe` display as `exe.txt`. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Windows refuses these device names with any extension (`CON.md`). */
const RESERVED_WINDOWS_NAME = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;
/** Most file systems cap a name at 255 bytes; leave room for a " (2)" the system may add. */
const MAX_NAME_BYTES = 200;
const REPLACEMENT = '_';

export function sanitizeFileName(suggested: string, fallback = 'hamish'): string {
  const spaced = suggested.normalize('NFC').replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ');
  let name = Array.from(spaced, (ch) =>
    ILLEGAL_CHARACTERS.has(ch) || isControlCharacter(ch) ? REPLACEMENT : ch,
  )
    .join('')
    .trim();
  name = truncateToBytes(name, MAX_NAME_BYTES).replace(/[. ]+$/, '');
  if (name === '' || /^_*$/.test(name)) return fallback;
  return RESERVED_WINDOWS_NAME.test(name) ? `${REPLACEMENT}${name}` : name;
}

function isControlCharacter(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** Cuts whole code points from the end of the stem, keeping a short extension. */
function truncateToBytes(name: string, maxBytes: number): string {
  const encoder = new TextEncoder();
  if (encoder.encode(name).length <= maxBytes) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : '';
  const budget = maxBytes - encoder.encode(extension).length;
  let stem = '';
  let used = 0;
  for (const ch of extension ? name.slice(0, dot) : name) {
    const size = encoder.encode(ch).length;
    if (used + size > budget) break;
    stem += ch;
    used += size;
  }
  return stem.trimEnd() + extension;
}
