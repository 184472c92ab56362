/** Classroom records as a library stores them (db.ts, schema v6), for the backup and restore tests. */
import { selectorsFor } from '@shared/anchoring/anchor';
import type { AnnotationTarget } from '@shared/annotations/annotation-model';
import type {
  BackupAnswerFile,
  BackupClassroom,
  BackupMark,
  BackupPack,
  BackupReader,
} from '@shared/backup/backup-classroom';
import { answerFileKey } from '@shared/classroom/class-merge';
import type { AnswerFile, ReadingPack } from '@shared/classroom/classroom-model';
import { layoutBlocks } from '@shared/document/layout-blocks';
import { stateFromPlainText } from '@shared/notes/plain-text-note-state';
import { importDraft } from './imported-drafts';

export const PACK_ID = '3f0c8e2a-1b2c-4d3e-8f4a-5b6c7d8e9f01';
export const QUESTION_ID = '4a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
export const GUIDE_ID = '5b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e';
export const ANSWER_ID = '6c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f';
export const STUDENT_ID = 'reader:7d4e5f6a-7b8c-4d9e-af0a-2b3c4d5e6f70';
export const DOCUMENT_ID = 'imported-testpage01';
const CREATED = '2026-11-20T09:00:00.000Z';
const MODIFIED = '2026-11-25T09:00:00.000Z';

const draft = importDraft();
const text = layoutBlocks(draft.title, draft.blocks).text;

/** A passage of the fixture document's text, as the reader selects it. */
export function passage(quote: string): AnnotationTarget {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the fixture text`);
  return {
    source: `${DOCUMENT_ID}@0123456789abcdef`,
    selector: selectorsFor(text, start, start + quote.length),
  };
}

export function readerProfile(overrides: Partial<BackupReader> = {}): BackupReader {
  return { id: STUDENT_ID, name: 'سلمى', created: CREATED, ...overrides };
}

/** A teacher's pack in preparation: a written question and one still being written (empty prompt and choice). */
export function readingPack(overrides: Partial<ReadingPack> = {}): ReadingPack {
  return {
    packId: PACK_ID,
    created: CREATED,
    modified: MODIFIED,
    teacher: { id: 'reader:default', name: 'أ. منى' },
    instructions: 'اقرأ المقال ثم أجب.\nالموعد الخميس.',
    due: '2026-12-10',
    colorMeanings: { yellow: 'فكرة رئيسة' },
    document: { id: DOCUMENT_ID, draft },
    guide: [{ id: GUIDE_ID, target: passage('خطوط الأنابيب'), color: 'yellow', modified: MODIFIED }],
    questions: [
      {
        id: QUESTION_ID,
        target: passage('اليورانيوم مهم'),
        prompt: 'لماذا اليورانيوم مهم؟',
        choices: ['للطاقة', 'للتجارة'],
        modified: MODIFIED,
      },
      {
        id: '8e5f6a7b-8c9d-4e0f-8a1b-3c4d5e6f7a8b',
        target: passage('Kazakhstan supplies'),
        prompt: '',
        choices: [''],
        modified: MODIFIED,
      },
    ],
    ...overrides,
  };
}

export function storedPack(overrides: Partial<BackupPack> = {}): BackupPack {
  const pack = overrides.pack ?? readingPack();
  return { packId: pack.packId, documentId: DOCUMENT_ID, role: 'author', pack, ...overrides };
}

export function answers(overrides: Partial<AnswerFile> = {}): AnswerFile {
  const note = 'لأن برنامجها النووي يحتاجه.';
  return {
    id: '9f6a7b8c-9d0e-4f1a-9b2c-4d5e6f7a8b9c',
    packId: PACK_ID,
    reader: { id: STUDENT_ID, name: 'سلمى' },
    modified: '2026-11-28T15:00:00.000Z',
    answers: [
      {
        id: ANSWER_ID,
        questionId: QUESTION_ID,
        note: { editorState: stateFromPlainText(note), text: note, markdown: note },
        choice: 0,
        modified: '2026-11-28T14:00:00.000Z',
      },
    ],
    highlights: [
      {
        id: 'a07b8c9d-0e1f-4a2b-8c3d-5e6f7a8b9c0d',
        target: passage('الطاقة أمن'),
        color: 'blue',
        modified: MODIFIED,
      },
    ],
    ...overrides,
  };
}

export function storedAnswerFile(file: AnswerFile = answers()): BackupAnswerFile {
  return {
    key: answerFileKey(file),
    packId: file.packId,
    readerId: file.reader.id,
    modified: file.modified,
    received: '2026-11-29T08:00:00.000Z',
    answers: file,
  };
}

export function answerMark(overrides: Partial<BackupMark> = {}): BackupMark {
  return {
    answerId: ANSWER_ID,
    packId: PACK_ID,
    mark: 'good-example',
    modified: '2026-11-29T09:00:00.000Z',
    ...overrides,
  };
}

/** One of every classroom record: a reader, a teacher's pack, a student's answer file and a mark on it. */
export function classroom(overrides: Partial<BackupClassroom> = {}): BackupClassroom {
  return {
    readers: [readerProfile()],
    packs: [storedPack()],
    answerFiles: [storedAnswerFile()],
    marks: [answerMark()],
    ...overrides,
  };
}
