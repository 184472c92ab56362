import type { WorkerLike } from '@renderer/library/import/extraction-worker';
import { extractFile } from '@renderer/library/import/extract-file';
import type { ExtractRequest, WorkerMessage } from '@renderer/library/import/worker-protocol';

/** A worker that runs the extraction in-process, each message cloned as a real worker's is. */
export class InProcessWorker implements WorkerLike {
  onmessage: WorkerLike['onmessage'] = null;
  onerror: WorkerLike['onerror'] = null;
  onmessageerror: WorkerLike['onmessageerror'] = null;
  terminated = false;
  readonly received: ExtractRequest[] = [];

  /**
   * `crashOn`: the file name on which it fails as a worker that ran out of memory does; `stallOn`: the
   * one on which it never answers, as a worker stuck in a parser does.
   */
  constructor(
    private readonly crashOn: string | null = null,
    private readonly stallOn: string | null = null,
  ) {}

  postMessage(request: ExtractRequest): void {
    this.received.push(request);
    if (request.fileName === this.stallOn) return;
    setTimeout(() => {
      if (this.terminated) return;
      if (request.fileName === this.crashOn) {
        this.onerror?.(new ErrorEvent('error', { message: 'out of memory' }));
        return;
      }
      const send = (message: WorkerMessage) =>
        this.onmessage?.({ data: structuredClone(message) } as MessageEvent<WorkerMessage>);
      const extraction = extractFile(
        request.fileName,
        request.format,
        new Uint8Array(request.bytes),
        (progress) => send({ id: request.id, type: 'progress', progress }),
      );
      send({ id: request.id, type: 'done', extraction });
    });
  }

  terminate(): void {
    this.terminated = true;
  }
}
