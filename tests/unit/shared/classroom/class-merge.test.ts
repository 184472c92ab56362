import { describe, expect, it } from 'vitest';
import {
  answerFileKey,
  currentAnswerFiles,
  latestPerReader,
  planAnswerImport,
  type AnswerFileEntry,
} from '@shared/classroom/class-merge';
import type { AnswerFile } from '@shared/classroom/classroom-model';
import { classFiles, lessonDocument, lessonPack, PACK_ID } from '../../../support/class-fixtures';

const files = classFiles(lessonDocument(), lessonPack(lessonDocument()));
const mona = files[0]!;
const at = (file: AnswerFile, modified: string): AnswerFile => ({ ...file, modified });
const OLDER = at(mona, '2024-09-30T10:00:00.000Z');
const NEWER = at(mona, '2024-10-01T10:00:00.000Z');

const entry = (file: AnswerFile): AnswerFileEntry => ({
  key: answerFileKey(file),
  packId: file.packId,
  readerId: file.reader.id,
  modified: file.modified,
});

/** Imports files one by one as the class view stores them, returning what the store ends up holding. */
function importAll(incoming: AnswerFile[]): {
  stored: AnswerFileEntry[];
  plans: ReturnType<typeof planAnswerImport>[];
} {
  const stored: AnswerFileEntry[] = [];
  const plans = incoming.map((file) => {
    const plan = planAnswerImport(stored, file, PACK_ID);
    if (plan.action === 'add') stored.push(entry(file));
    return plan;
  });
  return { stored, plans };
}

describe('planAnswerImport', () => {
  it('adds a first file as current', () => {
    expect(planAnswerImport([], mona, PACK_ID)).toEqual({
      action: 'add',
      key: answerFileKey(mona),
      becomesCurrent: true,
    });
  });

  it('changes nothing when the same file comes twice', () => {
    const { stored, plans } = importAll([mona, mona]);
    expect(plans.map((p) => p.action)).toEqual(['add', 'same']);
    expect(stored).toHaveLength(1);
  });

  it('makes a newer file current and keeps the older one', () => {
    const { stored, plans } = importAll([OLDER, NEWER]);
    expect(plans.map((p) => [p.action, p.becomesCurrent])).toEqual([
      ['add', true],
      ['add', true],
    ]);
    expect(stored.map((s) => s.key)).toEqual([answerFileKey(OLDER), answerFileKey(NEWER)]);
    expect(currentAnswerFiles(stored).map((s) => s.key)).toEqual([answerFileKey(NEWER)]);
  });

  it('keeps an older file that arrives after a newer one, not as current', () => {
    const { stored, plans } = importAll([NEWER, OLDER]);
    expect(plans.map((p) => [p.action, p.becomesCurrent])).toEqual([
      ['add', true],
      ['add', false],
    ]);
    expect(stored).toHaveLength(2);
    expect(currentAnswerFiles(stored).map((s) => s.key)).toEqual([answerFileKey(NEWER)]);
  });

  it('refuses a file of another pack', () => {
    const other = { ...mona, packId: 'c0000000-0000-4000-8000-00000000000c' };
    expect(planAnswerImport([], other, PACK_ID)).toMatchObject({ action: 'refuse', becomesCurrent: false });
  });

  it('does not weigh another student’s or another pack’s files', () => {
    const sam = at(files[1]!, '2030-01-01T00:00:00.000Z');
    const otherPack = {
      ...entry(at(mona, '2030-01-01T00:00:00.000Z')),
      packId: 'c0000000-0000-4000-8000-00000000000c',
    };
    expect(planAnswerImport([entry(sam), otherPack], OLDER, PACK_ID).becomesCurrent).toBe(true);
  });
});

describe('currentAnswerFiles', () => {
  const tie = [entry(NEWER), { ...entry(NEWER), key: `${answerFileKey(NEWER)}~` }];
  it.each([
    ['in one order', [entry(OLDER), entry(NEWER), entry(files[1]!)]],
    ['in the other', [entry(files[1]!), entry(NEWER), entry(OLDER)]],
  ])('keeps the newest file of each reader %s', (_, list) => {
    expect(currentAnswerFiles(list).map((s) => s.key)).toEqual([
      answerFileKey(NEWER),
      answerFileKey(files[1]!),
    ]);
  });

  it('breaks a tie of equal times the same way whatever the order', () => {
    expect(currentAnswerFiles(tie)).toEqual(currentAnswerFiles([...tie].reverse()));
    expect(currentAnswerFiles(tie)).toHaveLength(1);
  });

  it('compares times as instants, not as text', () => {
    const plusTwo = { ...entry(mona), key: 'b', modified: '2024-10-01T11:00:00+02:00' };
    const utc = { ...entry(mona), key: 'a', modified: '2024-10-01T09:30:00Z' };
    expect(currentAnswerFiles([plusTwo, utc])[0]!.key).toBe('a');
  });

  it('picks the same current files from parsed answer files', () => {
    expect(latestPerReader([NEWER, OLDER, files[1]!]).map((f) => f.modified)).toEqual([
      NEWER.modified,
      files[1]!.modified,
    ]);
  });
});
