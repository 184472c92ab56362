import type { ImportFormat } from '@shared/document/document-model';
import type { Extraction, ExtractRequest, ImportProgress, WorkerMessage } from './worker-protocol';

/** What the client needs of a Worker; tests hand it one that runs the extraction in-process. */
export interface WorkerLike {
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  onerror: ((event: Event) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: ExtractRequest, transfer: Transferable[]): void;
  terminate(): void;
}

/** A batch reuses one worker; a worker left idle this long is ended, and its memory with it. */
const IDLE_MS = 10_000;

const MEBIBYTE = 1024 * 1024;

/**
 * How long a file of `bytes` may take in the worker before it is stopped: 30 s plus 10 s per MB. Honest
 * 5 MB files took 1.3 s (text), 1.5 s (web page), 2 s (EPUB) and 15 s (Markdown, the slowest at 3 s per MB)
 * in the unit-test build on a 2-core machine: over three times that, so only a file built to stall hits it.
 */
export function extractionDeadlineMs(bytes: number): number {
  return 30_000 + (10_000 * bytes) / MEBIBYTE;
}

/**
 * Runs extractions in one worker, one file at a time, so a file that crashes the worker or passes its
 * deadline fails alone: the worker is ended and the next file gets a new one.
 */
export class ExtractionWorker {
  private worker: WorkerLike | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly startWorker: () => WorkerLike,
    private readonly idleMs = IDLE_MS,
    private readonly deadlineMs: (bytes: number) => number = extractionDeadlineMs,
  ) {}

  /** Takes the bytes: their buffer is transferred to the worker and is empty afterwards. */
  extract(
    fileName: string,
    format: ImportFormat,
    bytes: Uint8Array,
    onProgress: (progress: ImportProgress) => void,
  ): Promise<Extraction> {
    this.waiting += 1;
    const run = this.queue.then(() => this.run(fileName, format, bytes, onProgress));
    const settled = () => {
      this.waiting -= 1;
      if (this.waiting === 0) this.scheduleIdleEnd();
    };
    this.queue = run.then(settled, settled);
    return run;
  }

  private run(
    fileName: string,
    format: ImportFormat,
    bytes: Uint8Array,
    onProgress: (progress: ImportProgress) => void,
  ): Promise<Extraction> {
    this.cancelIdleEnd();
    const worker = (this.worker ??= this.startWorker());
    const id = this.nextId++;
    const deadlineMs = this.deadlineMs(bytes.byteLength);
    const buffer = ownBuffer(bytes);
    return new Promise<Extraction>((resolve) => {
      const finish = (extraction: Extraction) => {
        clearTimeout(deadline);
        resolve(extraction);
      };
      const crashed = (event: Event) => {
        const cause = 'message' in event ? String(event.message) : event.type;
        console.warn(`The import worker failed on ${fileName}: ${cause}`);
        this.end();
        finish({ kind: 'refused', reason: 'damaged' });
      };
      const deadline = setTimeout(() => {
        console.warn(`The import worker was stopped after ${Math.round(deadlineMs / 1000)} s on ${fileName}`);
        this.end();
        finish({ kind: 'refused', reason: 'timed-out' });
      }, deadlineMs);
      worker.onerror = crashed;
      worker.onmessageerror = crashed;
      worker.onmessage = ({ data }) => {
        if (data.id !== id) return;
        if (data.type === 'progress') onProgress(data.progress);
        else finish(data.extraction);
      };
      worker.postMessage({ id, fileName, format, bytes: buffer }, [buffer]);
    });
  }

  private scheduleIdleEnd(): void {
    this.cancelIdleEnd();
    this.idleTimer = setTimeout(() => this.end(), this.idleMs);
  }

  private cancelIdleEnd(): void {
    if (this.idleTimer !== null) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  /** Ends the worker now; the next extraction starts a new one. */
  private end(): void {
    this.cancelIdleEnd();
    this.worker?.terminate();
    this.worker = null;
  }
}

/** The bytes in an ArrayBuffer of their own, to transfer without taking anything else along. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole =
    bytes.buffer instanceof ArrayBuffer &&
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength;
  return whole ? (bytes.buffer as ArrayBuffer) : bytes.slice().buffer;
}
