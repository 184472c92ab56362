import type { UiLanguage } from '@shared/platform/platform-contract';
import type { Message } from '../messages';
import { appMessages } from './app';
import { readerMessages } from './reader';
import { annotationMessages } from './annotations';
import { notesMessages } from './notes';
import { backupMessages } from './backup';
import { exportMessages } from './export';
import { libraryMessages } from './library';
import { classroomMessages } from './classroom';
import { projectorMessages } from './projector';
import { readersMessages } from './readers';
import { classViewMessages } from './class-view';

/** One line per feature catalog. */
const catalogs = [
  appMessages,
  readerMessages,
  annotationMessages,
  notesMessages,
  backupMessages,
  exportMessages,
  libraryMessages,
  classroomMessages,
  projectorMessages,
  readersMessages,
  classViewMessages,
] as const;

type Merge<T extends readonly unknown[]> = T extends readonly [infer H, ...infer R]
  ? (H extends Record<UiLanguage, infer M> ? M : never) & Merge<R>
  : unknown;

export type Messages = Merge<typeof catalogs>;
export type MessageKey = keyof Messages & string;

function merge(language: UiLanguage): Record<string, Message> {
  return Object.assign({}, ...catalogs.map((catalog) => catalog[language]));
}

export const messages: Record<UiLanguage, Record<MessageKey, Message>> = {
  ar: merge('ar') as Record<MessageKey, Message>,
  en: merge('en') as Record<MessageKey, Message>,
};
