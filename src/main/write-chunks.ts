import { open, rename, unlink, type FileHandle } from 'node:fs/promises';

/** Text that arrived in chunks; it is written chunk by chunk, never joined into one string. */
export type TextChunks = readonly string[];

async function writeSynced(path: string, write: (file: FileHandle) => Promise<number>): Promise<number> {
  const file = await open(path, 'w');
  try {
    const bytes = await write(file);
    await file.sync();
    return bytes;
  } finally {
    await file.close();
  }
}

/**
 * Writes beside `path`, flushes to disk, then renames: a crash or a failed write never leaves a
 * half file under `path`. Returns the bytes written.
 */
async function writeAtomically(path: string, write: (file: FileHandle) => Promise<number>): Promise<number> {
  const partial = `${path}.partial`;
  try {
    const bytes = await writeSynced(partial, write);
    await rename(partial, path);
    return bytes;
  } catch (error) {
    await unlink(partial).catch(() => undefined);
    throw error;
  }
}

/** The chunks as UTF-8, written atomically (see writeAtomically). */
export function writeChunksAtomically(path: string, chunks: TextChunks): Promise<number> {
  return writeAtomically(path, async (file) => {
    let bytes = 0;
    for (const chunk of chunks) bytes += (await file.write(chunk, null, 'utf8')).bytesWritten;
    return bytes;
  });
}

/** Binary content (a PDF), written atomically (see writeAtomically). */
export function writeBytesAtomically(path: string, bytes: Uint8Array): Promise<number> {
  return writeAtomically(path, async (file) => (await file.write(bytes)).bytesWritten);
}
