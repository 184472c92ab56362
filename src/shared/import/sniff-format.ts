import type { ImportFormat } from '../document/document-model';

const FORMAT_BY_EXTENSION: ReadonlyMap<string, ImportFormat> = new Map([
  ['txt', 'text'],
  ['text', 'text'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['html', 'html'],
  ['htm', 'html'],
  ['xhtml', 'html'],
  ['mhtml', 'mhtml'],
  ['mht', 'mhtml'],
  ['epub', 'epub'],
]);

/** `PK\x03\x04`: a ZIP's first local file header, which every EPUB starts with. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** Containers and images a renamed file may really be; read as text they would be noise. */
const BINARY_MAGIC: readonly (readonly (number | null)[])[] = [
  ZIP,
  [0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
  [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50], // RIFF….WEBP
  [0x49, 0x49, 0x2a, 0x00], // TIFF, little-endian
  [0x4d, 0x4d, 0x00, 0x2a], // TIFF, big-endian
];

/**
 * The format a file is imported as: its extension names it (case-insensitive), and its first bytes
 * must not contradict it. Null when the extension is unknown or the bytes belong to another kind of file.
 */
export function sniffFormat(fileName: string, head: Uint8Array): ImportFormat | null {
  const format = FORMAT_BY_EXTENSION.get(extensionOf(fileName));
  if (format === undefined) return null;
  if (format === 'epub') return startsWith(head, ZIP) ? 'epub' : null;
  return BINARY_MAGIC.some((magic) => startsWith(head, magic)) ? null : format;
}

/** A file's name without its folders and extension: the title of last resort (`درس الأسبوع.txt` → `درس الأسبوع`). */
export function fileNameStem(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim().normalize('NFC');
}

function extensionOf(fileName: string): string {
  const base = baseName(fileName);
  const dot = base.lastIndexOf('.');
  return dot === -1 ? '' : base.slice(dot + 1).toLowerCase();
}

/** Whether `bytes` opens with `magic`, where null matches any byte. */
function startsWith(bytes: Uint8Array, magic: readonly (number | null)[]): boolean {
  return magic.length <= bytes.length && magic.every((byte, index) => byte === null || bytes[index] === byte);
}

/** Whichever separator the platform used: a Windows path may reach us from the desktop app. */
function baseName(fileName: string): string {
  return fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
}
