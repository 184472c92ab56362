import 'fake-indexeddb/auto';
import { packFor } from '@renderer/storage/pack-store';
import { describe, expect, it } from 'vitest';
import type { AnnotationTarget } from '@shared/annotations/annotation-model';
import { answerFileId, serializeAnswers } from '@shared/classroom/answers-file';
import type { AnswerFile, ReadingPack } from '@shared/classroom/classroom-model';
import { currentAnswerFiles } from '@shared/classroom/class-merge';
import { serializePack } from '@shared/classroom/pack-file';
import { parseClassFile } from '@shared/classroom/parse-class-file';
import type { ImportFile } from '@shared/platform/platform-contract';
import {
  clearAnswerMark,
  importAnswerFile,
  importAnswerFiles,
  readAnswerFiles,
  readAnswerMarks,
  setAnswerMark,
} from '@renderer/storage/answer-store';
import type { HamishDb } from '@renderer/storage/db';
import { testDatabases } from '../../../support/test-db';

const database = testDatabases('hamish-answers');
const PACK_ID = 'a0000000-0000-4000-8000-00000000000a';
const NOW = new Date('2024-10-01T12:00:00.000Z');
const uuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

const TEXT = 'يشرب سكان المدينة من نهر قريب.';
const target = (quote: string): AnnotationTarget => {
  const start = TEXT.indexOf(quote);
  return {
    source: 'imported-lesson@0123456789abcdef',
    selector: [
      { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
      { type: 'TextPositionSelector', start, end: start + quote.length },
    ],
  };
};

/** A one-paragraph pack with one question: only its file matters here (dropped where answers go). */
const pack: ReadingPack = {
  packId: PACK_ID,
  created: '2024-09-20T09:00:00.000Z',
  modified: '2024-09-20T09:00:00.000Z',
  teacher: { id: 'reader:teacher', name: 'سلمى' },
  instructions: '',
  due: null,
  colorMeanings: {},
  document: {
    id: 'imported-lesson',
    draft: {
      format: 'text',
      fileName: 'lesson.txt',
      title: 'الماء',
      language: 'ar',
      direction: 'rtl',
      siteName: null,
      byline: null,
      publication: '',
      related: [],
      blocks: [{ kind: 'paragraph', text: TEXT }],
    },
  },
  guide: [],
  questions: [
    {
      id: uuid(100),
      target: target('نهر قريب'),
      prompt: 'من أين؟',
      choices: [],
      modified: '2024-09-20T09:00:00.000Z',
    },
  ],
};

/** One student's file: an answer to the question and a highlight, exported on `modified`. */
function studentFile(n: number, name: string, modified = '2024-09-25T08:00:00.000Z'): AnswerFile {
  const reader = { id: `reader:${n}`, name };
  return {
    id: answerFileId(PACK_ID, reader.id),
    packId: PACK_ID,
    reader,
    modified,
    answers: [
      {
        id: uuid(1000 + n),
        questionId: uuid(100),
        note: { editorState: null, text: `جواب ${name}`, markdown: `جواب ${name}` },
        choice: null,
        modified,
      },
    ],
    highlights: [{ id: uuid(2000 + n), target: target('سكان المدينة'), color: 'yellow', modified }],
  };
}

const mona = studentFile(1, 'منى');
const sam = studentFile(2, 'Sam');
const omar = studentFile(3, 'عمر');
const LATER = '2024-10-02T09:00:00.000Z';
const RECEIVED = new Date('2024-10-03T09:00:00.000Z');

function fileOf(name: string, text: string): ImportFile {
  const bytes = new TextEncoder().encode(text);
  return { name, size: bytes.length, bytes };
}

function parsed(file: AnswerFile): AnswerFile {
  const result = parseClassFile(answersFile(file).bytes, { expectedPackId: PACK_ID, now: NOW });
  if (!result.ok || result.kind !== 'answers') throw new Error('The fixture does not parse');
  return result.answers;
}

const answersFile = (file: AnswerFile, name = `${file.reader.name}.hamish-answers`) =>
  fileOf(name, serializeAnswers(file));

/** Every table, every record: what "nothing changed" is compared against. */
async function dump(db: HamishDb): Promise<string> {
  const tables = await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()]));
  return JSON.stringify(tables);
}

async function seeded(...files: AnswerFile[]): Promise<HamishDb> {
  const db = await database();
  await db.classPacks.put({ packId: PACK_ID, documentId: 'imported-lesson', role: 'author', pack });
  for (const file of files) await importAnswerFile(answersFile(file), PACK_ID, { now: NOW, db });
  return db;
}

describe('importing answer files', () => {
  it('adds a first file from each student and keeps it whole', async () => {
    const db = await seeded();
    const outcomes = await importAnswerFiles([answersFile(mona), answersFile(sam)], PACK_ID, {
      now: RECEIVED,
      db,
    });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['added', 'added']);
    const stored = await readAnswerFiles(PACK_ID, db);
    const byReader = (a: AnswerFile, b: AnswerFile) => a.reader.id.localeCompare(b.reader.id);
    // Kept as the parser reads them: checked, cleaned, whole.
    expect(stored.map((record) => record.answers).sort(byReader)).toEqual(
      [parsed(mona), parsed(sam)].sort(byReader),
    );
    expect(stored.every((record) => record.received === RECEIVED.toISOString())).toBe(true);
  });

  it('writes nothing when the same file is imported twice', async () => {
    const db = await seeded(mona);
    const before = await dump(db);
    const outcome = await importAnswerFile(answersFile(mona, 'copy.hamish-answers'), PACK_ID, {
      now: RECEIVED,
      db,
    });
    expect(outcome).toEqual({ name: 'copy.hamish-answers', status: 'same', reader: mona.reader });
    expect(await dump(db)).toBe(before);
  });

  it('makes a newer file from the same student current and keeps the older', async () => {
    const db = await seeded(mona);
    const newer = { ...mona, modified: LATER };
    const outcome = await importAnswerFile(answersFile(newer), PACK_ID, { now: RECEIVED, db });
    expect(outcome.status).toBe('replaced');
    const stored = await readAnswerFiles(PACK_ID, db);
    expect(stored.map((record) => record.modified).sort()).toEqual([mona.modified, LATER]);
    expect(currentAnswerFiles(stored).map((record) => record.modified)).toEqual([LATER]);
  });

  it('keeps an older file that arrives after a newer one without making it current', async () => {
    const db = await seeded({ ...mona, modified: LATER });
    const outcome = await importAnswerFile(answersFile(mona), PACK_ID, { now: RECEIVED, db });
    expect(outcome.status).toBe('earlier');
    const stored = await readAnswerFiles(PACK_ID, db);
    expect(stored).toHaveLength(2);
    expect(currentAnswerFiles(stored).map((record) => record.modified)).toEqual([LATER]);
  });

  const otherPack = { ...omar, packId: 'b0000000-0000-4000-8000-00000000000b' };
  const json = serializeAnswers(omar);
  it.each<[string, ImportFile, string]>([
    ['another pack', answersFile(otherPack), 'other-pack'],
    ['damaged JSON', fileOf('cut.hamish-answers', json.slice(0, json.length / 2)), 'damaged'],
    [
      'a newer format',
      fileOf('future.hamish-answers', json.replace('"formatVersion": 1', '"formatVersion": 99')),
      'newer-format',
    ],
    ['not JSON at all', fileOf('notes.txt', 'just some notes'), 'not-json'],
    ['the pack itself', fileOf('lesson.hamish', serializePack(pack)), 'is-pack'],
    [
      'an unreadable file',
      { name: 'gone.hamish-answers', size: 10, bytes: new Uint8Array(0), error: 'unreadable' },
      'unreadable',
    ],
    [
      'a file over the limit',
      { name: 'huge.hamish-answers', size: 60e6, bytes: new Uint8Array(0) },
      'too-large',
    ],
  ])('refuses %s with its reason and changes nothing', async (_case, file, reason) => {
    const db = await seeded(mona, sam);
    const before = await dump(db);
    const outcome = await importAnswerFile(file, PACK_ID, { now: RECEIVED, db });
    expect(outcome).toEqual({ name: file.name, status: 'refused', reason });
    expect(await dump(db)).toBe(before);
  });

  it('reports every file of a batch in order, the refused among them, and keeps the good ones', async () => {
    const db = await seeded();
    const outcomes = await importAnswerFiles(
      [answersFile(mona), answersFile(otherPack), answersFile(mona), answersFile(sam)],
      PACK_ID,
      { now: RECEIVED, db },
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['added', 'refused', 'same', 'added']);
    expect(await readAnswerFiles(PACK_ID, db)).toHaveLength(2);
  });
});

describe('marks and the author pack', () => {
  it('sets, replaces and clears the one mark an answer has', async () => {
    const db = await seeded(mona);
    const answerId = mona.answers[0]!.id;
    await setAnswerMark({ answerId, packId: PACK_ID, mark: 'discuss' }, { now: RECEIVED, db });
    expect(await readAnswerMarks(PACK_ID, db)).toEqual(new Map([[answerId, 'discuss']]));
    await setAnswerMark({ answerId, packId: PACK_ID, mark: 'good-example' }, { now: RECEIVED, db });
    expect(await readAnswerMarks(PACK_ID, db)).toEqual(new Map([[answerId, 'good-example']]));
    await clearAnswerMark(answerId, db);
    expect(await readAnswerMarks(PACK_ID, db)).toEqual(new Map());
  });

  it('ignores a stored mark that is not one of the fixed labels', async () => {
    const db = await seeded(mona);
    await db.answerMarks.put({ answerId: 'x', packId: PACK_ID, mark: '<b>bold</b>', modified: LATER });
    expect(await readAnswerMarks(PACK_ID, db)).toEqual(new Map());
  });

  it("finds the teacher's own pack of a document, not a pack a student opened", async () => {
    const db = await database();
    await db.classPacks.put({ packId: 'other', documentId: 'doc-a', role: 'student', pack });
    expect((await packFor('doc-a', db))?.role).toBe('student');
    await db.classPacks.put({ packId: PACK_ID, documentId: 'doc-a', role: 'author', pack });
    expect(await packFor('doc-a', db)).toMatchObject({ packId: PACK_ID, role: 'author' });
  });
});
