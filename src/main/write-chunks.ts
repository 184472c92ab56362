import { open, rename, unlink } from 'node:fs/promises';

/** Text that arrived in chunks; it is written chunk by chunk, never joined into one string. */
export type TextChunks = readonly string[];

async function writeChunks(path: string, chunks: TextChunks): Promise<number> {
  const file = await open(path, 'w');
  let bytes = 0;
  try {
    for (const chunk of chunks) bytes += (await file.write(chunk, null, 'utf8')).bytesWritten;
    await file.sync();
  } finally {
    await file.close();
  }
  return bytes;
}

/**
 * Writes the chunks as UTF-8 beside `path`, flushes them to disk, then renames: a crash or a
 * failed write never leaves a half file under `path`. Returns the bytes written.
 */
export async function writeChunksAtomically(path: string, chunks: TextChunks): Promise<number> {
  const partial = `${path}.partial`;
  try {
    const bytes = await writeChunks(partial, chunks);
    await rename(partial, path);
    return bytes;
  } catch (error) {
    await unlink(partial).catch(() => undefined);
    throw error;
  }
}
