import './worker-document';
import { extractFile } from './extract-file';
import type { ExtractRequest, WorkerMessage } from './worker-protocol';

/** The dedicated worker's scope, typed by hand: the renderer's TypeScript library is the page's DOM. */
const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<ExtractRequest>) => void) | null;
  postMessage(message: WorkerMessage): void;
};

scope.onmessage = ({ data: { id, fileName, format, bytes } }) => {
  const extraction = extractFile(fileName, format, new Uint8Array(bytes), (progress) =>
    scope.postMessage({ id, type: 'progress', progress }),
  );
  scope.postMessage({ id, type: 'done', extraction });
};
