/** The page inside a saved MHTML file: its HTML bytes, transfer encoding undone, and the charset its part names. */
export interface MhtmlPage {
  html: Uint8Array;
  charset: string | null;
}

interface MimeEntity {
  headers: Map<string, string>;
  body: Uint8Array;
}

const CR = 0x0d;
const LF = 0x0a;
const HYPHEN = 0x2d;
/** Nested multiparts deeper than this are not pages a browser saved. */
const MAX_DEPTH = 4;

/**
 * Reads a MIME multipart file (`.mhtml`, `.mht`) and returns its first `text/html` part, decoded from
 * quoted-printable or base64, or null when it holds none. Works on bytes: the charset is applied later.
 */
export function readMhtmlPage(bytes: Uint8Array): MhtmlPage | null {
  return findHtml(parseEntity(bytes), 0);
}

function findHtml(entity: MimeEntity, depth: number): MhtmlPage | null {
  const { type, params } = parseContentType(entity.headers.get('content-type') ?? 'text/plain');
  if (type === 'text/html') {
    return { html: decodeBody(entity), charset: params.get('charset') ?? null };
  }
  const boundary = params.get('boundary');
  if (!type.startsWith('multipart/') || !boundary || depth >= MAX_DEPTH) return null;
  for (const part of splitParts(entity.body, boundary)) {
    const page = findHtml(parseEntity(part), depth + 1);
    if (page !== null) return page;
  }
  return null;
}

/** Headers up to the first empty line (folded lines unfolded, names lowercased), then the body. */
function parseEntity(bytes: Uint8Array): MimeEntity {
  const headers = new Map<string, string>();
  let position = 0;
  let current: string | null = null;
  while (position < bytes.length) {
    const end = lineEnd(bytes, position);
    const line = asciiString(bytes, position, end);
    position = nextLine(bytes, end);
    if (line === '') break;
    if (/^[ \t]/.test(line) && current !== null) {
      headers.set(current, `${headers.get(current) ?? ''} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    current = line.slice(0, colon).trim().toLowerCase();
    // The first of a repeated header wins, as mail readers do.
    if (!headers.has(current)) headers.set(current, line.slice(colon + 1).trim());
  }
  return { headers, body: bytes.subarray(position) };
}

function parseContentType(value: string): { type: string; params: Map<string, string> } {
  const [type = '', ...rest] = splitOutsideQuotes(value, ';');
  const params = new Map<string, string>();
  for (const param of rest) {
    const equals = param.indexOf('=');
    if (equals <= 0) continue;
    const name = param.slice(0, equals).trim().toLowerCase();
    const raw = param.slice(equals + 1).trim();
    params.set(name, raw.startsWith('"') ? raw.slice(1, raw.endsWith('"') ? -1 : undefined) : raw);
  }
  return { type: type.trim().toLowerCase(), params };
}

function splitOutsideQuotes(value: string, separator: string): string[] {
  const pieces: string[] = [];
  let quoted = false;
  let start = 0;
  for (let index = 0; index < value.length; index += 1) {
    if (value[index] === '"') quoted = !quoted;
    else if (value[index] === separator && !quoted) {
      pieces.push(value.slice(start, index));
      start = index + 1;
    }
  }
  pieces.push(value.slice(start));
  return pieces;
}

/** The body parts between `--boundary` lines, each without the line break that precedes the next one. */
function splitParts(body: Uint8Array, boundary: string): Uint8Array[] {
  const delimiter = asciiBytes(`--${boundary}`);
  const parts: Uint8Array[] = [];
  let partStart = -1;
  let from = 0;
  for (;;) {
    const found = delimiterAt(body, delimiter, from);
    if (found < 0) break;
    if (partStart >= 0) parts.push(body.subarray(partStart, trimLineBreakBefore(body, found)));
    const after = found + delimiter.length;
    if (body[after] === HYPHEN && body[after + 1] === HYPHEN) return parts;
    partStart = nextLine(body, lineEnd(body, after));
    from = partStart;
  }
  // A file cut short keeps the part it was writing.
  if (partStart >= 0 && partStart < body.length) parts.push(body.subarray(partStart));
  return parts;
}

/** The next delimiter that starts a line and is followed by `--`, spaces or the line's end. */
function delimiterAt(body: Uint8Array, delimiter: Uint8Array, from: number): number {
  for (let index = indexOfBytes(body, delimiter, from); index >= 0;) {
    const startsLine = index === 0 || body[index - 1] === LF;
    const next = body[index + delimiter.length];
    const endsWell = next === undefined || next === CR || next === LF || next === HYPHEN || next === 0x20;
    if (startsLine && endsWell) return index;
    index = indexOfBytes(body, delimiter, index + 1);
  }
  return -1;
}

function trimLineBreakBefore(body: Uint8Array, index: number): number {
  let end = index;
  if (body[end - 1] === LF) end -= 1;
  if (body[end - 1] === CR) end -= 1;
  return end;
}

function decodeBody(entity: MimeEntity): Uint8Array {
  const encoding = (entity.headers.get('content-transfer-encoding') ?? '').trim().toLowerCase();
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(entity.body);
  if (encoding === 'base64') return decodeBase64(entity.body);
  return entity.body;
}

export function decodeQuotedPrintable(input: Uint8Array): Uint8Array {
  const output = new Uint8Array(input.length);
  let length = 0;
  for (let index = 0; index < input.length; index += 1) {
    const byte = input[index]!;
    if (byte === 0x3d) {
      if (input[index + 1] === CR && input[index + 2] === LF) {
        index += 2;
        continue;
      }
      if (input[index + 1] === LF) {
        index += 1;
        continue;
      }
      const high = hexValue(input[index + 1]);
      const low = hexValue(input[index + 2]);
      if (high >= 0 && low >= 0) {
        output[length++] = high * 16 + low;
        index += 2;
        continue;
      }
    }
    if (byte === CR || byte === LF) {
      // Spaces at the end of an encoded line are transport padding (RFC 2045 §6.7).
      while (length > 0 && (output[length - 1] === 0x20 || output[length - 1] === 0x09)) length -= 1;
    }
    output[length++] = byte;
  }
  return output.subarray(0, length);
}

const BASE64_VALUES = (() => {
  const values = new Int8Array(256).fill(-1);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  for (let index = 0; index < alphabet.length; index += 1) values[alphabet.charCodeAt(index)] = index;
  return values;
})();

export function decodeBase64(input: Uint8Array): Uint8Array {
  const output = new Uint8Array(Math.floor((input.length * 3) / 4) + 3);
  let length = 0;
  let bits = 0;
  let count = 0;
  for (let index = 0; index < input.length; index += 1) {
    const byte = input[index]!;
    if (byte === 0x3d) break;
    const value = BASE64_VALUES[byte]!;
    // Line breaks and any other stray byte are skipped, as decoders of mail do.
    if (value < 0) continue;
    bits = (bits << 6) | value;
    count += 1;
    if (count === 4) {
      output[length++] = (bits >> 16) & 0xff;
      output[length++] = (bits >> 8) & 0xff;
      output[length++] = bits & 0xff;
      bits = 0;
      count = 0;
    }
  }
  if (count === 2) output[length++] = (bits >> 4) & 0xff;
  if (count === 3) {
    output[length++] = (bits >> 10) & 0xff;
    output[length++] = (bits >> 2) & 0xff;
  }
  return output.subarray(0, length);
}

function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1;
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30;
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x37;
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x57;
  return -1;
}

function lineEnd(bytes: Uint8Array, from: number): number {
  const end = bytes.indexOf(LF, from);
  const stop = end < 0 ? bytes.length : end;
  return stop > from && bytes[stop - 1] === CR ? stop - 1 : stop;
}

function nextLine(bytes: Uint8Array, end: number): number {
  if (bytes[end] === CR) end += 1;
  return bytes[end] === LF ? end + 1 : end;
}

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  for (let index = haystack.indexOf(first, from); index >= 0; index = haystack.indexOf(first, index + 1)) {
    let matched = true;
    for (let offset = 1; offset < needle.length; offset += 1) {
      if (haystack[index + offset] !== needle[offset]) {
        matched = false;
        break;
      }
    }
    if (matched) return index;
  }
  return -1;
}

/** Header bytes as characters, one per byte: MIME headers are ASCII (RFC 2047 words stay encoded). */
function asciiString(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  for (let index = start; index < end; index += 1) text += String.fromCharCode(bytes[index]!);
  return text;
}

function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0) & 0xff);
}
