import { randomUUID } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import { MAX_TRANSFER_BYTES, TRANSFER_CHUNK_UNITS } from '@shared/platform/chunked-transfer';
import type { DownloadChunk, TransferId } from '@shared/platform/platform-contract';

/** A daily backup, a safety backup before a restore and an export may overlap; more is a runaway. */
export const MAX_OPEN_TRANSFERS_PER_SENDER = 3;
/** A transfer untouched this long was abandoned (its window closed or crashed): its memory is freed. */
export const TRANSFER_IDLE_MS = 60_000;

export class TransferRefusedError extends Error {
  override name = 'TransferRefusedError';
}

interface Upload {
  kind: 'upload';
  chunks: string[];
  bytes: number;
}

interface Download {
  kind: 'download';
  content: Buffer;
  offset: number;
  decoder: StringDecoder;
}

type Transfer = (Upload | Download) & { sender: number; timer: ReturnType<typeof setTimeout> };

export interface TransferLimits {
  maxBytes: number;
  chunkBytes: number;
  maxOpenPerSender: number;
  idleMs: number;
}

export interface TransferStore {
  /** Opens an upload for the sender; its chunks stay in memory until committed, never on disk. */
  beginUpload(sender: number): TransferId;
  appendUpload(sender: number, id: TransferId, chunk: string): void;
  /** Closes the upload and hands over its chunks, in order. */
  commitUpload(sender: number, id: TransferId): readonly string[];
  /** Holds content for the sender to read in chunks; the last chunk says done and closes it. */
  openDownload(sender: number, content: Buffer): TransferId;
  readDownload(sender: number, id: TransferId): DownloadChunk;
  discard(sender: number, id: TransferId): void;
  /** How many transfers are open, for tests and diagnostics. */
  openCount(): number;
}

const DEFAULT_LIMITS: TransferLimits = {
  maxBytes: MAX_TRANSFER_BYTES,
  // Each UTF-8 byte decodes to at most one UTF-16 unit, so a download chunk stays within the limit too.
  chunkBytes: TRANSFER_CHUNK_UNITS,
  maxOpenPerSender: MAX_OPEN_TRANSFERS_PER_SENDER,
  idleMs: TRANSFER_IDLE_MS,
};

/** Chunked uploads and downloads, each owned by the window (web contents id) that opened it. */
export function createTransferStore(limits: Partial<TransferLimits> = {}): TransferStore {
  const { maxBytes, chunkBytes, maxOpenPerSender, idleMs } = { ...DEFAULT_LIMITS, ...limits };
  const transfers = new Map<TransferId, Transfer>();

  function close(id: TransferId): void {
    const transfer = transfers.get(id);
    if (!transfer) return;
    clearTimeout(transfer.timer);
    transfers.delete(id);
  }

  function expireLater(id: TransferId): ReturnType<typeof setTimeout> {
    const timer = setTimeout(() => close(id), idleMs);
    timer.unref?.();
    return timer;
  }

  function open(sender: number, transfer: Upload | Download): TransferId {
    const owned = [...transfers.values()].filter((t) => t.sender === sender).length;
    if (owned >= maxOpenPerSender) {
      throw new TransferRefusedError(`already ${owned} transfers open for this window`);
    }
    const id = randomUUID();
    transfers.set(id, { ...transfer, sender, timer: expireLater(id) });
    return id;
  }

  /** The sender's own open transfer of that kind; anything else is refused alike, revealing nothing. */
  function owned<K extends Transfer['kind']>(sender: number, id: TransferId, kind: K) {
    const transfer = transfers.get(id);
    if (!transfer || transfer.sender !== sender || transfer.kind !== kind) {
      throw new TransferRefusedError(`no open ${kind} ${JSON.stringify(id)} for this window`);
    }
    clearTimeout(transfer.timer);
    transfer.timer = expireLater(id);
    return transfer as Extract<Transfer, { kind: K }>;
  }

  return {
    beginUpload: (sender) => open(sender, { kind: 'upload', chunks: [], bytes: 0 }),
    appendUpload(sender, id, chunk) {
      const upload = owned(sender, id, 'upload');
      const bytes = upload.bytes + Buffer.byteLength(chunk, 'utf8');
      if (bytes > maxBytes) {
        close(id);
        throw new TransferRefusedError(`the upload is larger than ${maxBytes} bytes; it was discarded`);
      }
      upload.chunks.push(chunk);
      upload.bytes = bytes;
    },
    commitUpload(sender, id) {
      const { chunks } = owned(sender, id, 'upload');
      close(id);
      return chunks;
    },
    openDownload(sender, content) {
      if (content.length > maxBytes) {
        throw new TransferRefusedError(`the file is larger than ${maxBytes} bytes`);
      }
      return open(sender, { kind: 'download', content, offset: 0, decoder: new StringDecoder('utf8') });
    },
    readDownload(sender, id) {
      const download = owned(sender, id, 'download');
      const end = Math.min(download.offset + chunkBytes, download.content.length);
      // The decoder holds back a character cut by the boundary until the next read.
      let chunk = download.decoder.write(download.content.subarray(download.offset, end));
      download.offset = end;
      const done = end === download.content.length;
      if (done) {
        chunk += download.decoder.end();
        close(id);
      }
      return { chunk, done };
    },
    discard(sender, id) {
      if (transfers.get(id)?.sender === sender) close(id);
    },
    openCount: () => transfers.size,
  };
}
