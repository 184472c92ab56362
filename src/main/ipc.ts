import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import type { z } from '@shared/zod';
import {
  IPC_CHANNELS,
  type ReaderPlatform,
  type SaveFileRequest,
  type SaveFileResult,
} from '@shared/platform/platform-contract';
import { ipcArguments } from './ipc-arguments';
import { isTrustedUrl } from './security';

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

/** What main does for each channel; saveFile also gets the caller, to attach its dialog to that window. */
export interface MainServices extends Omit<ReaderPlatform, 'kind' | 'onOpenLink' | 'saveFile'> {
  saveFile(request: SaveFileRequest, sender: WebContents): Promise<SaveFileResult>;
}

export function registerIpcHandlers(handle: Handle, services: MainServices): void {
  const a = ipcArguments;
  const c = IPC_CHANNELS;
  handle(c.listDocuments, a.listDocuments, () => services.listDocuments());
  handle(c.loadDocument, a.loadDocument, ([id]) => services.loadDocument(id));
  handle(c.saveFile, a.saveFile, ([request], event) => services.saveFile(request, event.sender));
  handle(c.listBackups, a.listBackups, () => services.listBackups());
  handle(c.writeBackup, a.writeBackup, ([reason, content]) => services.writeBackup(reason, content));
  handle(c.readBackup, a.readBackup, ([name]) => services.readBackup(name));
  handle(c.setUiLanguage, a.setUiLanguage, ([language]) => services.setUiLanguage(language));
}
