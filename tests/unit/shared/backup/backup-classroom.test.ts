import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup, type BackupFile } from '@shared/backup/backup-format';
import type { BackupClassroom } from '@shared/backup/backup-classroom';
import { parseBackup } from '@shared/backup/parse-backup';
import { HOSTILE_NOTE_STATES } from '../../../support/hostile-note-states';
import { collectionProblems } from './w3c-conformance';
import {
  answers,
  classroom,
  PACK_ID,
  readerProfile,
  readingPack,
  storedAnswerFile,
  storedPack,
} from '../../../support/classroom-records';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases reach into the JSON to break it
type Loose = Record<string, any>;

const backupWith = (records: BackupClassroom): BackupFile =>
  createBackup({
    annotations: [],
    settings: { colorMeanings: {} },
    classroom: records,
    exportedAt: new Date('2026-12-01T08:00:00.000Z'),
    appVersion: 't',
  });

const parse = (file: unknown) => parseBackup(JSON.stringify(file), { documents: new Map() });

const restored = (records: BackupClassroom): BackupClassroom => {
  const parsed = parseBackup(serializeBackup(backupWith(records)), { documents: new Map() });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.classroom;
};

describe('the classroom in a backup (format 4)', () => {
  it('brings every kind of classroom record back through the file unchanged', () => {
    const records = classroom({
      packs: [
        storedPack(),
        storedPack({
          packId: 'b18c9d0e-1f2a-4b3c-9d4e-6f7a8b9c0d1e',
          role: 'student',
          pack: readingPack({ packId: 'b18c9d0e-1f2a-4b3c-9d4e-6f7a8b9c0d1e', due: null, colorMeanings: {} }),
        }),
      ],
    });
    expect(restored(records)).toEqual(records);
  });

  it('writes each classroom record on a line of its own, in a file that still conforms to the data model', () => {
    const records = classroom();
    const content = serializeBackup(backupWith(records));
    const lines = content.split('\n');
    const line = (needle: string) =>
      JSON.parse(lines.find((text) => text.includes(needle))!.replace(/,$/, ''));
    expect(line(`"packId":"${PACK_ID}","documentId"`)).toEqual(records.packs[0]);
    expect(line('"mark":"good-example"')).toEqual(records.marks[0]);
    expect(line(`"created":"${records.readers[0]!.created}"`)).toEqual(records.readers[0]);
    expect(collectionProblems(JSON.parse(content) as Record<string, unknown>)).toEqual([]);
  });

  it.each([1, 2, 3])('restores a format-%i file, which has no classroom, with none', (format) => {
    const file = { ...backupWith(classroom()), hamishFormat: format } as Loose;
    if (format === 1) {
      file.items = file.first.items;
      delete file.first;
    }
    const parsed = parse(file);
    expect(parsed.ok && parsed.classroom).toEqual({ readers: [], packs: [], answerFiles: [], marks: [] });
  });

  it('keeps markup in names and prompts as the text it is, and removes what would disguise one text as another', () => {
    const back = restored(
      classroom({
        readers: [readerProfile({ name: '<img src=x onerror=alert(1)>' })],
        packs: [
          storedPack({
            pack: readingPack({
              teacher: { id: 'reader:default', name: '\u202Enimda' },
              instructions: '<script>alert(1)</script>',
            }),
          }),
        ],
      }),
    );
    expect(back.readers[0]!.name).toBe('<img src=x onerror=alert(1)>');
    expect(back.packs[0]!.pack.teacher.name).toBe('nimda');
    expect(back.packs[0]!.pack.instructions).toBe('<script>alert(1)</script>');
  });

  it('sends an answer’s note state through the same gate a restored note goes through', () => {
    const hostile = HOSTILE_NOTE_STATES[0]!;
    const file = answers();
    const answer = file.answers[0]!;
    const withHostile = {
      ...file,
      answers: [
        { ...answer, note: { ...answer.note, editorState: hostile.editorState, text: hostile.fallbackText } },
      ],
    };
    const [back] = restored(classroom({ answerFiles: [storedAnswerFile(withHostile)] })).answerFiles;
    const state = back!.answers.answers[0]!.note.editorState!;
    for (const forbidden of hostile.forbidden) expect(state).not.toContain(forbidden);
    for (const word of hostile.survivingWords) expect(state).toContain(word);
  });

  it('stores ids lower-case, whatever case the file wrote them in', () => {
    const file = structuredClone(backupWith(classroom())) as Loose;
    const part = file['hamish:classroom'];
    part.packs[0].packId = PACK_ID.toUpperCase();
    part.packs[0].pack.packId = PACK_ID.toUpperCase();
    part.marks[0].answerId = part.marks[0].answerId.toUpperCase();
    const parsed = parse(file);
    expect(parsed.ok && parsed.classroom.packs[0]!.packId).toBe(PACK_ID);
    expect(parsed.ok && parsed.classroom.marks[0]!.answerId).toBe(classroom().marks[0]!.answerId);
  });
});

/** Each breaks one thing in a valid classroom part; the whole file is refused, naming the spot. */
const HOSTILE: { name: string; breakIt: (part: Loose) => void; code: string; path: string }[] = [
  {
    name: 'more reader profiles than a laptop holds',
    breakIt: (c) => (c.readers = Array.from({ length: 1_001 }, () => c.readers[0])),
    code: 'invalid-field',
    path: 'readers',
  },
  {
    name: 'more packs than a library holds',
    breakIt: (c) => (c.packs = new Array(10_001).fill(null)),
    code: 'invalid-field',
    path: 'packs',
  },
  {
    name: 'more answer files than a library holds',
    breakIt: (c) => (c.answerFiles = new Array(100_001).fill(null)),
    code: 'invalid-field',
    path: 'answerFiles',
  },
  {
    name: 'more marks than a library holds',
    breakIt: (c) => (c.marks = new Array(200_001).fill(null)),
    code: 'invalid-field',
    path: 'marks',
  },
  {
    name: 'more questions than a pack holds',
    breakIt: (c) => (c.packs[0].pack.questions = new Array(501).fill(c.packs[0].pack.questions[0])),
    code: 'invalid-field',
    path: 'packs[0].pack.questions',
  },
  {
    name: 'a prompt longer than any question',
    breakIt: (c) => (c.packs[0].pack.questions[0].prompt = 'س'.repeat(10_001)),
    code: 'invalid-field',
    path: 'packs[0].pack.questions[0].prompt',
  },
  {
    name: 'a pack id that names a path',
    breakIt: (c) => (c.packs[0].packId = '../../etc/passwd'),
    code: 'invalid-field',
    path: 'packs[0].packId',
  },
  {
    name: 'a pack on a document id with markup',
    breakIt: (c) => (c.packs[0].documentId = '<script>'),
    code: 'invalid-field',
    path: 'packs[0].documentId',
  },
  {
    name: 'a role that is neither teacher’s nor student’s',
    breakIt: (c) => (c.packs[0].role = 'admin'),
    code: 'invalid-field',
    path: 'packs[0].role',
  },
  {
    name: 'a pack listed twice',
    breakIt: (c) => c.packs.push({ ...c.packs[0], role: 'student' }),
    code: 'invalid-field',
    path: 'packs[1]',
  },
  {
    name: 'a pack whose record and contents name different packs',
    breakIt: (c) => (c.packs[0].pack.packId = 'c29d0e1f-2a3b-4c4d-8e5f-7a8b9c0d1e2f'),
    code: 'invalid-field',
    path: 'packs[0].pack.packId',
  },
  {
    name: 'a question on a passage past the pack’s text',
    breakIt: (c) => (c.packs[0].pack.questions[0].target.selector[1].end = 1_000_000),
    code: 'selector-out-of-range',
    path: 'packs[0].pack.questions[0].target.selector[1]',
  },
  {
    name: 'the default reader stored as a profile',
    breakIt: (c) => (c.readers[0].id = 'reader:default'),
    code: 'invalid-field',
    path: 'readers[0].id',
  },
  {
    name: 'a reader profile with no name',
    breakIt: (c) => (c.readers[0].name = ''),
    code: 'invalid-field',
    path: 'readers[0].name',
  },
  {
    name: 'an answer file under a key not its own',
    breakIt: (c) => (c.answerFiles[0].key = 'other@2026-01-01T00:00:00.000Z'),
    code: 'invalid-field',
    path: 'answerFiles[0].key',
  },
  {
    name: 'an answer file filed under another reader',
    breakIt: (c) => (c.answerFiles[0].readerId = 'reader:someone-else'),
    code: 'invalid-field',
    path: 'answerFiles[0].readerId',
  },
  {
    name: 'an answer choosing an option no question offers',
    breakIt: (c) => (c.answerFiles[0].answers.answers[0].choice = 99),
    code: 'invalid-field',
    path: 'answerFiles[0].answers.answers[0].choice',
  },
  {
    name: 'a mark on an id that is a script URL',
    breakIt: (c) => (c.marks[0].answerId = 'javascript:alert(1)'),
    code: 'invalid-field',
    path: 'marks[0].answerId',
  },
  {
    name: 'a mark that is markup',
    breakIt: (c) => (c.marks[0].mark = '<b>bad</b>'),
    code: 'invalid-field',
    path: 'marks[0].mark',
  },
];

describe('a hostile classroom part', () => {
  it.each(HOSTILE)('refuses $name ($code at $path)', ({ breakIt, code, path }) => {
    const file = structuredClone(backupWith(classroom())) as Loose;
    breakIt(file['hamish:classroom']);
    const parsed = parse(file);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors[0]).toMatchObject({ code, path: `hamish:classroom.${path}` });
  });

  it('refuses a classroom part that is not an object', () => {
    const file = { ...backupWith(classroom()), 'hamish:classroom': 'everything' };
    const parsed = parse(file);
    expect(!parsed.ok && parsed.errors[0]).toMatchObject({ code: 'invalid-field', path: 'hamish:classroom' });
  });
});
