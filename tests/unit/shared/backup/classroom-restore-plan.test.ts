import { describe, expect, it } from 'vitest';
import type { BackupClassroom, BackupMark, BackupPack } from '@shared/backup/backup-classroom';
import {
  planClassroomRestore,
  refileClassroom,
  type ExistingClassroom,
} from '@shared/backup/classroom-restore-plan';
import type { ReadingPack } from '@shared/classroom/classroom-model';
import {
  answerMark,
  classroom,
  passage,
  readerProfile,
  readingPack,
  storedAnswerFile,
  storedPack,
} from '../../../support/classroom-records';

const NOW = new Date('2026-12-01T12:00:00.000Z');
const EARLY = '2026-11-25T09:00:00.000Z';
/** Between the fixture pack's own time (EARLY) and LATE: a change made after the two copies parted. */
const MIDDLE = '2026-11-27T09:00:00.000Z';
const LATE = '2026-11-30T09:00:00.000Z';
const NONE: BackupClassroom = { readers: [], packs: [], answerFiles: [], marks: [] };

function existing(records: Partial<BackupClassroom> = {}): ExistingClassroom {
  const all = { ...NONE, ...records };
  return {
    readerIds: new Set(all.readers.map((reader) => reader.id)),
    packs: new Map(all.packs.map((stored) => [stored.packId, stored])),
    answerFileKeys: new Set(all.answerFiles.map((file) => file.key)),
    marks: new Map(all.marks.map((mark) => [mark.answerId, mark])),
  };
}

/** The teacher's pack at `modified`, changed by `change`. */
function authorPack(modified: string, change: (pack: ReadingPack) => Partial<ReadingPack> = () => ({})) {
  const pack = readingPack({ modified });
  return storedPack({ pack: { ...pack, ...change(pack) } });
}

const extraQuestion = (pack: ReadingPack, modified: string) => ({
  questions: [
    ...pack.questions,
    {
      id: 'd3ae1f2a-3b4c-4d5e-9f6a-8b9c0d1e2f3a',
      target: passage('أكبر منتج'),
      prompt: 'من أكبر منتج؟',
      choices: [],
      modified,
    },
  ],
});
const rewordedFirst = (pack: ReadingPack, modified: string) => ({
  questions: pack.questions.map((question, index) =>
    index === 0 ? { ...question, prompt: 'سؤال معدّل', modified } : question,
  ),
});

describe('merging a backup’s reading packs', () => {
  const cases: {
    name: string;
    incoming: BackupPack;
    local?: BackupPack;
    outcome: 'written' | 'kept' | 'changed-both' | 'student-copy';
  }[] = [
    { name: 'a pack the library lacks is added', incoming: authorPack(EARLY), outcome: 'written' },
    {
      name: 'a student’s copy the library lacks is added',
      incoming: storedPack({ role: 'student' }),
      outcome: 'written',
    },
    {
      name: 'the same pack changes nothing',
      incoming: authorPack(EARLY),
      local: authorPack(EARLY),
      outcome: 'kept',
    },
    {
      name: 'the backup’s later version of the teacher’s pack replaces the earlier',
      incoming: authorPack(LATE, (p) => extraQuestion(p, LATE)),
      local: authorPack(EARLY),
      outcome: 'written',
    },
    {
      name: 'the library’s later version of the teacher’s pack stays',
      incoming: authorPack(EARLY),
      local: authorPack(LATE, (p) => rewordedFirst(p, LATE)),
      outcome: 'kept',
    },
    {
      name: 'a later backup version when the library added a question since: the library’s stays, reported',
      incoming: authorPack(LATE, (p) => rewordedFirst(p, LATE)),
      local: authorPack(MIDDLE, (p) => extraQuestion(p, MIDDLE)),
      outcome: 'changed-both',
    },
    {
      name: 'a later library version when the backup reworded a question since: the library’s stays, reported',
      incoming: authorPack(MIDDLE, (p) => rewordedFirst(p, MIDDLE)),
      local: authorPack(LATE, (p) => extraQuestion(p, LATE)),
      outcome: 'changed-both',
    },
    {
      name: 'a student’s copy never replaces the teacher’s pack, however late',
      incoming: storedPack({ role: 'student', pack: readingPack({ modified: LATE, questions: [] }) }),
      local: authorPack(EARLY),
      outcome: 'student-copy',
    },
    {
      name: 'the teacher’s pack replaces a student’s copy of it',
      incoming: authorPack(EARLY),
      local: storedPack({ role: 'student', pack: readingPack({ modified: LATE }) }),
      outcome: 'written',
    },
    {
      name: 'a later student’s copy replaces an earlier one',
      incoming: storedPack({ role: 'student', pack: readingPack({ modified: LATE }) }),
      local: storedPack({ role: 'student', pack: readingPack({ modified: EARLY }) }),
      outcome: 'written',
    },
    {
      name: 'an earlier student’s copy leaves the later one',
      incoming: storedPack({ role: 'student', pack: readingPack({ modified: EARLY }) }),
      local: storedPack({ role: 'student', pack: readingPack({ modified: LATE }) }),
      outcome: 'kept',
    },
  ];

  it.each(cases)('$name', ({ incoming, local, outcome }) => {
    const plan = planClassroomRestore(
      { ...NONE, packs: [incoming] },
      existing({ packs: local ? [local] : [] }),
      NOW,
    );
    expect(plan.toWrite.packs).toEqual(outcome === 'written' ? [incoming] : []);
    expect(plan.counts).toEqual({
      written: outcome === 'written' ? 1 : 0,
      kept: outcome === 'kept' ? 1 : 0,
      packsChangedBoth: outcome === 'changed-both' ? 1 : 0,
      studentCopiesSkipped: outcome === 'student-copy' ? 1 : 0,
    });
  });

  it('brings a pack dated years ahead back to the time of the restore before it can win', () => {
    const future = authorPack('2099-01-01T00:00:00.000Z');
    const plan = planClassroomRestore({ ...NONE, packs: [future] }, existing(), NOW);
    expect(plan.toWrite.packs[0]!.pack.modified).toBe(NOW.toISOString());
  });
});

describe('merging the other classroom records', () => {
  it('adds a reader profile the library lacks and never renames one it has', () => {
    const renamed = readerProfile({ name: 'اسم آخر' });
    const other = readerProfile({ id: 'reader:e4bf2a3b-4c5d-4e6f-8a7b-9c0d1e2f3a4b' });
    const plan = planClassroomRestore(
      { ...NONE, readers: [renamed, other] },
      existing({ readers: [readerProfile()] }),
      NOW,
    );
    expect(plan.toWrite.readers).toEqual([other]);
    expect(plan.counts).toMatchObject({ written: 1, kept: 1 });
  });

  it('adds an answer file the library lacks and leaves one under the same key as it is', () => {
    const held = storedAnswerFile();
    const later = storedAnswerFile({ ...held.answers, modified: LATE });
    const plan = planClassroomRestore(
      { ...NONE, answerFiles: [{ ...held, received: LATE }, later] },
      existing({ answerFiles: [held] }),
      NOW,
    );
    expect(plan.toWrite.answerFiles).toEqual([later]);
    expect(plan.counts).toMatchObject({ written: 1, kept: 1 });
  });

  it.each<[string, BackupMark, BackupMark | undefined, boolean]>([
    ['a mark the library lacks is added', answerMark(), undefined, true],
    [
      'a later mark replaces the library’s',
      answerMark({ mark: 'discuss', modified: LATE }),
      answerMark(),
      true,
    ],
    [
      'an earlier mark leaves the library’s',
      answerMark({ modified: EARLY }),
      answerMark({ modified: LATE }),
      false,
    ],
    ['a mark of the same time leaves the library’s', answerMark({ mark: 'discuss' }), answerMark(), false],
  ])('%s', (_, incoming, local, written) => {
    const plan = planClassroomRestore(
      { ...NONE, marks: [incoming] },
      existing({ marks: local ? [local] : [] }),
      NOW,
    );
    expect(plan.toWrite.marks).toEqual(written ? [incoming] : []);
  });

  it('moves packs on a document the library holds under another id onto that id', () => {
    const records = classroom();
    const moved = refileClassroom(records, new Map([[records.packs[0]!.documentId, 'imported-ours']]));
    expect(moved.packs[0]).toEqual({ ...records.packs[0], documentId: 'imported-ours' });
    expect(moved.answerFiles).toEqual(records.answerFiles);
  });
});
