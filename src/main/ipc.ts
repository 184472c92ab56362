import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { z } from '@shared/zod';
import type { ArticleDocument, DocumentSummary } from '@shared/document/document-model';
import {
  INVOKE_CHANNELS,
  type BackupEntry,
  type ImportFile,
  type InvokeMethod,
  type IpcCalls,
  type SaveFileResult,
  type UiLanguage,
} from '@shared/platform/platform-contract';
import { ipcArguments } from './ipc-arguments';
import type { SaveFileJob } from './save-file';
import { isTrustedUrl } from './security';
import { createTransferStore, type TransferStore } from './transfer-store';
import type { TextChunks } from './write-chunks';

export class IpcRejectedError extends Error {
  override name = 'IpcRejectedError';
}

export type Handle = <A extends unknown[], R>(
  channel: string,
  schema: z.ZodType<A>,
  fn: (args: A, event: IpcMainInvokeEvent) => Promise<R> | R,
) => void;

/**
 * Returns the one way main answers the renderer: every call is refused unless it comes from a
 * frame of the app's own origin and its arguments match the channel's schema.
 */
export function createIpcHandle(ipcMain: Pick<IpcMain, 'handle'>, trustedOrigins: readonly string[]): Handle {
  return (channel, schema, fn) => {
    ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const senderUrl = event.senderFrame?.url;
      if (!isTrustedUrl(senderUrl, trustedOrigins)) {
        throw new IpcRejectedError(`${channel}: refused a call from ${senderUrl || 'an unknown frame'}`);
      }
      const parsed = schema.safeParse(args);
      if (!parsed.success) {
        const problems = parsed.error.issues.map(
          (issue) => `${issue.path.join('.') || '(arguments)'}: ${issue.message}`,
        );
        throw new IpcRejectedError(`${channel}: invalid arguments (${problems.join('; ')})`);
      }
      return fn(parsed.data, event);
    });
  };
}

/** What main does for each platform method; large texts arrive as chunks and leave as bytes. */
export interface MainServices {
  listDocuments(): Promise<DocumentSummary[]>;
  loadDocument(id: string): Promise<ArticleDocument>;
  /** Gets the caller too, to attach its dialog to that window. */
  saveFile(job: SaveFileJob, sender: WebContents): Promise<SaveFileResult>;
  /** Prints the caller's own page to a PDF and asks where to save it. */
  printToPdf(suggestedName: string, sender: WebContents): Promise<SaveFileResult>;
  listBackups(): Promise<BackupEntry[]>;
  writeBackup(reason: BackupEntry['reason'], content: TextChunks): Promise<BackupEntry>;
  readBackup(name: string): Promise<Buffer>;
  /** The import dialog attached to the caller's window; the chosen files read, by name, never by path. */
  chooseImportFiles(sender: WebContents): Promise<ImportFile[]>;
  setUiLanguage(language: UiLanguage): Promise<void>;
  /** A window's renderer has committed its edits: the close it was asked about may go on. */
  closeReady(request: string, sender: WebContents): void;
  /** A window's page listens for opened files: those waiting for it may be sent. */
  filesReady(sender: WebContents): void;
}

type Answer<M extends InvokeMethod> = IpcCalls[M]['result'] | Promise<IpcCalls[M]['result']>;

export function registerIpcHandlers(
  handle: Handle,
  services: MainServices,
  transfers: TransferStore = createTransferStore(),
): void {
  // The channel, its argument schema and its result type all come from the method's contract entry.
  const on = <M extends InvokeMethod>(
    method: M,
    fn: (args: IpcCalls[M]['args'], event: IpcMainInvokeEvent) => Answer<M>,
  ) => handle(INVOKE_CHANNELS[method], ipcArguments[method], fn);

  on('listDocuments', () => services.listDocuments());
  on('loadDocument', ([id]) => services.loadDocument(id));
  on('saveFile', ([{ upload, ...request }], { sender }) =>
    services.saveFile({ ...request, content: transfers.commitUpload(sender.id, upload) }, sender),
  );
  on('printToPdf', ([suggestedName], { sender }) => services.printToPdf(suggestedName, sender));
  on('listBackups', () => services.listBackups());
  on('writeBackup', ([reason, upload], { sender }) =>
    services.writeBackup(reason, transfers.commitUpload(sender.id, upload)),
  );
  on('readBackup', async ([name], { sender }) =>
    transfers.openDownload(sender.id, await services.readBackup(name)),
  );
  on('chooseImportFiles', (_args, { sender }) => services.chooseImportFiles(sender));
  on('setUiLanguage', ([language]) => services.setUiLanguage(language));
  on('beginUpload', (_args, { sender }) => transfers.beginUpload(sender.id));
  on('appendUpload', ([upload, chunk], { sender }) => transfers.appendUpload(sender.id, upload, chunk));
  on('readDownload', ([download], { sender }) => transfers.readDownload(sender.id, download));
  on('discardTransfer', ([transfer], { sender }) => transfers.discard(sender.id, transfer));
  on('closeReady', ([request], { sender }) => services.closeReady(request, sender));
  on('filesReady', (_args, { sender }) => services.filesReady(sender));
}
