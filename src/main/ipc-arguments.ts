import { z } from '@shared/zod';
import { TRANSFER_CHUNK_UNITS } from '@shared/platform/chunked-transfer';
import {
  BACKUP_NAME_PATTERN,
  BACKUP_REASONS,
  DOCUMENT_ID_PATTERN,
  type InvokeMethod,
  type IpcCalls,
} from '@shared/platform/platform-contract';

/** Transfer ids are the UUIDs main issued (transfer-store.ts); the store checks it issued this one. */
const transferId = z.uuid();

/** Large texts never travel whole: each chunk is at most TRANSFER_CHUNK_UNITS UTF-16 units. */
const chunk = z.string().max(TRANSFER_CHUNK_UNITS, { error: 'chunk is longer than the transfer limit' });

/** One tuple schema per channel: exactly the arguments the call carries, nothing extra. */
export const ipcArguments: { [M in InvokeMethod]: z.ZodType<IpcCalls[M]['args']> } = {
  listDocuments: z.tuple([]),
  loadDocument: z.tuple([z.string().max(81).regex(DOCUMENT_ID_PATTERN)]),
  saveFile: z.tuple([
    z.strictObject({
      suggestedName: z.string().min(1).max(255),
      mimeType: z
        .string()
        .max(100)
        .regex(/^[a-z]+\/[a-z0-9.+-]+$/),
      upload: transferId,
    }),
  ]),
  printToPdf: z.tuple([z.string().min(1).max(255)]),
  listBackups: z.tuple([]),
  writeBackup: z.tuple([z.enum(BACKUP_REASONS), transferId]),
  readBackup: z.tuple([z.string().max(120).regex(BACKUP_NAME_PATTERN)]),
  chooseImportFiles: z.tuple([]),
  setUiLanguage: z.tuple([z.enum(['ar', 'en'])]),
  beginUpload: z.tuple([]),
  appendUpload: z.tuple([transferId, chunk]),
  readDownload: z.tuple([transferId]),
  discardTransfer: z.tuple([transferId]),
  closeReady: z.tuple([z.uuid()]),
  filesReady: z.tuple([]),
};
