import { z } from '@shared/zod';
import {
  BACKUP_NAME_PATTERN,
  DOCUMENT_ID_PATTERN,
  type IpcMethod,
  type ReaderPlatform,
} from '@shared/platform/platform-contract';

/** Exports and backups of a large library stay far below this; anything bigger is a bug or an attack. */
export const MAX_CONTENT_BYTES = 60 * 1024 * 1024;

/** UTF-8 takes 1–3 bytes per UTF-16 unit, so the length alone usually decides without encoding. */
export function fitsContentLimit(content: string, limit = MAX_CONTENT_BYTES): boolean {
  if (content.length > limit) return false;
  return content.length * 3 <= limit || Buffer.byteLength(content, 'utf8') <= limit;
}

const content = z
  .string()
  .refine((value) => fitsContentLimit(value), { error: 'content is larger than 60 MB' });

export type HandledMethod = Exclude<IpcMethod, 'onOpenLink'>;
type ArgsOf<M extends HandledMethod> = Parameters<ReaderPlatform[M]>;

/** One tuple schema per channel: exactly the arguments the platform method takes, nothing extra. */
export const ipcArguments: { [M in HandledMethod]: z.ZodType<ArgsOf<M>> } = {
  listDocuments: z.tuple([]),
  loadDocument: z.tuple([z.string().max(81).regex(DOCUMENT_ID_PATTERN)]),
  saveFile: z.tuple([
    z.strictObject({
      suggestedName: z.string().min(1).max(255),
      mimeType: z
        .string()
        .max(100)
        .regex(/^[a-z]+\/[a-z0-9.+-]+$/),
      content,
    }),
  ]),
  listBackups: z.tuple([]),
  writeBackup: z.tuple([z.enum(['daily', 'before-restore']), content]),
  readBackup: z.tuple([z.string().max(120).regex(BACKUP_NAME_PATTERN)]),
  setUiLanguage: z.tuple([z.enum(['ar', 'en'])]),
};
