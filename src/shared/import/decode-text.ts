import { analyse } from 'chardet';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding that decoded it, lowercase (`utf-8`, `windows-1256`). */
  encoding: string;
}

/**
 * Single-byte encodings we accept from the detector. Multi-byte guesses (Big5, Shift_JIS, GB18030…)
 * are left out: chardet offers them at low confidence for almost any non-UTF-8 input.
 */
const SINGLE_BYTE = new Set([
  'ibm866',
  'iso-8859-2',
  'iso-8859-3',
  'iso-8859-4',
  'iso-8859-5',
  'iso-8859-6',
  'iso-8859-7',
  'iso-8859-8',
  'iso-8859-10',
  'iso-8859-13',
  'iso-8859-14',
  'iso-8859-15',
  'iso-8859-16',
  'koi8-r',
  'koi8-u',
  'macintosh',
  'windows-874',
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1256',
  'windows-1257',
  'windows-1258',
  'x-mac-cyrillic',
]);
const ARABIC_ENCODINGS = new Set(['windows-1256', 'iso-8859-6']);
/** chardet scores 0–100; below this a guess is noise (it gives unrelated encodings about 10). */
const MIN_CONFIDENCE = 15;
/** Arabic legacy encodings decode almost any high byte to an Arabic letter; most letters must be Arabic. */
const MIN_ARABIC_SHARE = 0.5;
/** The detector's n-gram statistics settle well within this; analysing 50 MB would only cost time. */
const DETECTOR_SAMPLE_BYTES = 64 * 1024;
const UTF16_SAMPLE_BYTES = 4096;
/** ASCII characters (spaces, digits, punctuation) put a NUL in at least this share of UTF-16 units. */
const UTF16_MIN_NUL_SHARE = 0.05;
/** A handful of NULs in a short file is binary, not a few words of UTF-16. */
const UTF16_MIN_NULS = 8;
/** Units whose other byte is NUL (U+0100, U+0600…) are rare: allow a few on the wrong side. */
const UTF16_MAX_STRAY_NUL_SHARE = 0.02;
/** Real text carries almost no control characters; binary decoded as text is full of them. */
const MAX_CONTROL_SHARE = 0.01;
/** Control characters other than tab, line and page breaks, and the replacement character. */
const DISALLOWED_CONTROL = /[^\P{Cc}\t\n\v\f\r]|\uFFFD/gu;
const LETTER = /\p{L}/gu;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

/**
 * Finds the encoding of a text file and decodes it: a BOM first, then strict UTF-8, then the label the
 * file declares (`<meta charset>`) if it decodes cleanly, then the detector's single-byte guesses,
 * Arabic ones first when the result reads as Arabic. Null for binary or undecodable bytes.
 */
export function decodeText(bytes: Uint8Array, declared?: string | null): DecodedText | null {
  const bom = byteOrderMark(bytes);
  // A BOM names the encoding outright; damaged bytes after it become U+FFFD rather than a refusal.
  if (bom !== null) return plausible(decode(bytes, bom, false), bom);
  if (bytes.includes(0)) {
    const utf16 = utf16ByNulPattern(bytes);
    return utf16 === null ? null : plausible(decode(bytes, utf16, true), utf16);
  }
  const utf8 = decode(bytes, 'utf-8', true);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  const fromLabel = declaredEncoding(declared);
  if (fromLabel !== null) {
    const decoded = plausible(decode(bytes, fromLabel, true), fromLabel);
    if (decoded !== null) return decoded;
  }
  return detectSingleByte(bytes);
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM: ASCII characters leave their NUL byte on one side only (odd for LE, even for BE). */
function utf16ByNulPattern(bytes: Uint8Array): string | null {
  const length = Math.min(bytes.length, UTF16_SAMPLE_BYTES) & ~1;
  const units = length / 2;
  if (units === 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenNuls += 1;
    if (bytes[index + 1] === 0) oddNuls += 1;
  }
  const fits = (nuls: number, stray: number): boolean =>
    nuls >= Math.max(UTF16_MIN_NULS, units * UTF16_MIN_NUL_SHARE) &&
    stray <= units * UTF16_MAX_STRAY_NUL_SHARE;
  if (fits(oddNuls, evenNuls)) return 'utf-16le';
  if (fits(evenNuls, oddNuls)) return 'utf-16be';
  return null;
}

/** The WHATWG name of a declared label, if TextDecoder knows it as a text encoding we may trust. */
function declaredEncoding(label: string | null | undefined): string | null {
  if (label === null || label === undefined) return null;
  const encoding = encodingName(label.trim());
  // A page saved as bytes cannot really be UTF-16 if it had no BOM and no NULs: HTML treats that label as UTF-8.
  return encoding !== null && SINGLE_BYTE.has(encoding) ? encoding : null;
}

function detectSingleByte(bytes: Uint8Array): DecodedText | null {
  const guesses = analyse(bytes.subarray(0, DETECTOR_SAMPLE_BYTES))
    .filter((match) => match.confidence >= MIN_CONFIDENCE)
    .map((match) => encodingName(match.name))
    .filter((encoding): encoding is string => encoding !== null && SINGLE_BYTE.has(encoding));
  const arabicFirst = [
    ...guesses.filter((encoding) => ARABIC_ENCODINGS.has(encoding)),
    ...guesses.filter((encoding) => !ARABIC_ENCODINGS.has(encoding)),
  ];
  for (const encoding of new Set(arabicFirst)) {
    const decoded = plausible(decode(bytes, encoding, true), encoding);
    if (decoded === null) continue;
    if (ARABIC_ENCODINGS.has(encoding) && arabicShare(decoded.text) < MIN_ARABIC_SHARE) continue;
    return decoded;
  }
  return null;
}

function encodingName(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

function decode(bytes: Uint8Array, encoding: string, fatal: boolean): string | null {
  try {
    return new TextDecoder(encoding, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

function plausible(text: string | null, encoding: string): DecodedText | null {
  return text === null || hasTooManyControls(text) ? null : { text, encoding };
}

function hasTooManyControls(text: string): boolean {
  const limit = text.length * MAX_CONTROL_SHARE;
  const control = new RegExp(DISALLOWED_CONTROL);
  let count = 0;
  while (control.exec(text) !== null) {
    count += 1;
    if (count > limit) return true;
  }
  return false;
}

function arabicShare(text: string): number {
  const letters = text.slice(0, DETECTOR_SAMPLE_BYTES).match(LETTER) ?? [];
  if (letters.length === 0) return 0;
  return letters.filter((letter) => ARABIC_LETTER.test(letter)).length / letters.length;
}
