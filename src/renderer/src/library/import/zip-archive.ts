import { Inflate } from 'fflate';
import { IMPORT_MAX_BYTES } from '@shared/import/import-model';

/** Thrown for an archive that is malformed, encrypted, or would inflate past the limits. */
export class DamagedArchive extends Error {}

export interface ZipLimits {
  maxEntries: number;
  /** Over all entries, as declared, and over what is actually inflated. */
  maxTotalBytes: number;
  maxEntryBytes: number;
  /** Inflated to compressed, for entries over RATIO_FLOOR: text compresses about 5 to 1, bombs 1000 to 1. */
  maxRatio: number;
}

export const EPUB_LIMITS: ZipLimits = {
  maxEntries: 10_000,
  maxTotalBytes: 4 * IMPORT_MAX_BYTES,
  maxEntryBytes: IMPORT_MAX_BYTES,
  maxRatio: 100,
};

/** Small entries may compress as well as they like: they cannot hurt. */
const RATIO_FLOOR = 1024 * 1024;
/** Each push inflates at most about 1000 times this (deflate's ceiling) before the count is checked. */
const INFLATE_CHUNK = 16 * 1024;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED_FLAG = 1;

interface ZipEntry {
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export interface ZipArchive {
  names(): string[];
  /** An entry's bytes, or null if the archive has no such entry. Throws DamagedArchive past the limits. */
  read(name: string): Uint8Array | null;
}

/**
 * Reads a ZIP's central directory and inflates single entries on demand, with fflate's streaming
 * inflater so that what an entry really inflates to is counted, not what its header claims: a header
 * can lie, and fflate's one-shot unzip then keeps decoding a bomb for minutes into a buffer it ignores.
 */
export function openZip(bytes: Uint8Array, limits: ZipLimits = EPUB_LIMITS): ZipArchive {
  const entries = readCentralDirectory(bytes, limits);
  let inflatedTotal = 0;
  return {
    names: () => [...entries.keys()],
    read(name) {
      const entry = entries.get(name);
      if (entry === undefined) return null;
      const data = entryData(bytes, entry);
      const inflated = entry.method === STORED ? data : inflate(data, entry.size);
      if (inflated.length !== entry.size) throw new DamagedArchive(`${name} is not the size it declares`);
      inflatedTotal += inflated.length;
      if (inflatedTotal > limits.maxTotalBytes)
        throw new DamagedArchive('the archive inflates past the limit');
      return inflated;
    },
  };
}

function readCentralDirectory(bytes: Uint8Array, limits: ZipLimits): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  // ZIP64 archives mark these fields as 0xFFFF/0xFFFFFFFF; no e-book under the import limit needs one.
  if (count === 0xffff || offset === 0xffffffff) throw new DamagedArchive('ZIP64 archives are not read');
  if (count > limits.maxEntries) throw new DamagedArchive(`${count} entries`);
  const names = new TextDecoder('utf-8');
  const entries = new Map<string, ZipEntry>();
  let declaredTotal = 0;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_HEADER) {
      throw new DamagedArchive('broken central directory');
    }
    const entry: ZipEntry = {
      flags: view.getUint16(offset + 8, true),
      method: view.getUint16(offset + 10, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localOffset: view.getUint32(offset + 42, true),
    };
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const name = names.decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
    checkEntry(name, entry, limits);
    declaredTotal += entry.size;
    if (declaredTotal > limits.maxTotalBytes) throw new DamagedArchive('the archive declares too much');
    if (!entries.has(name)) entries.set(name, entry);
  }
  return entries;
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535.
  const last = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= last; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  throw new DamagedArchive('not a ZIP archive');
}

function checkEntry(name: string, entry: ZipEntry, limits: ZipLimits): void {
  if (entry.size > limits.maxEntryBytes) throw new DamagedArchive(`${name} is too large`);
  if (entry.size > RATIO_FLOOR && entry.size > entry.compressedSize * limits.maxRatio) {
    throw new DamagedArchive(`${name} compresses like a bomb`);
  }
}

function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & ENCRYPTED_FLAG) throw new DamagedArchive('encrypted entry');
  if (entry.method !== STORED && entry.method !== DEFLATED) throw new DamagedArchive('unknown compression');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_HEADER) {
    throw new DamagedArchive('broken local header');
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new DamagedArchive('entry runs past the archive');
  return bytes.subarray(start, end);
}

/** Inflates `data`, stopping as soon as it yields more than `size` bytes. */
function inflate(data: Uint8Array, size: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  const inflater = new Inflate((chunk) => {
    length += chunk.length;
    if (length > size) throw new DamagedArchive('an entry inflates past its declared size');
    chunks.push(chunk);
  });
  for (let offset = 0; offset < data.length; offset += INFLATE_CHUNK) {
    const end = Math.min(offset + INFLATE_CHUNK, data.length);
    inflater.push(data.subarray(offset, end), end === data.length);
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  const output = new Uint8Array(length);
  let position = 0;
  for (const chunk of chunks) {
    output.set(chunk, position);
    position += chunk.length;
  }
  return output;
}
