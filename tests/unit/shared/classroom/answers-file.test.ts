import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotations/annotation-model';
import { ANNOTATION_IRI_PREFIX } from '@shared/backup/backup-format';
import { answerFileId, buildAnswerFile, serializeAnswers } from '@shared/classroom/answers-file';
import { ANSWERS_FORMAT_VERSION } from '@shared/classroom/classroom-model';
import { parseClassFile } from '@shared/classroom/parse-class-file';
import { sanitizeNoteState } from '@shared/notes/sanitize-note-state';
import {
  classFiles,
  lessonDocument,
  lessonPack,
  NOW,
  PACK_ID,
  STUDENTS,
  studentAnnotations,
  uuid,
} from '../../../support/class-fixtures';

const document = lessonDocument();
const pack = lessonPack(document);
const mona = STUDENTS[0]!;
const monaAnnotations = () => studentAnnotations(document, pack, mona);
const build = (annotations: Annotation[]) =>
  buildAnswerFile({ pack, reader: mona.reader, annotations, now: NOW });

describe('buildAnswerFile', () => {
  it('makes replies to the pack questions answers, in the pack order, and the rest highlights', () => {
    const file = build(monaAnnotations());
    expect(file.answers.map((answer) => answer.questionId)).toEqual([uuid(103), uuid(101), uuid(102)]);
    expect(file.answers[2]).toMatchObject({ choice: 1, note: { text: 'خزانات على التلال.' } });
    expect(file.highlights.map((h) => h.color)).toEqual(['yellow', 'green', 'green']);
    expect(file).toMatchObject({ packId: PACK_ID, reader: mona.reader, modified: NOW.toISOString() });
  });

  it('gives every export of one student and pack the same id, another student another', () => {
    const later = buildAnswerFile({
      pack,
      reader: mona.reader,
      annotations: [],
      now: new Date('2025-01-01'),
    });
    expect(build(monaAnnotations()).id).toBe(later.id);
    expect(answerFileId(PACK_ID, 'reader:sam')).not.toBe(later.id);
    expect(answerFileId(PACK_ID.toUpperCase(), mona.reader.id)).toBe(later.id);
  });

  const [answer] = monaAnnotations();
  it.each<[string, Annotation, number]>([
    ['another reader’s annotation', { ...answer!, author: { id: 'reader:sam', name: 'Sam' } }, 0],
    ['a conflict copy', { ...answer!, id: uuid(9), conflictOf: answer!.id }, 0],
    ['a reply to a question of another pack', { ...answer!, replyTo: uuid(999) }, 0],
    [
      'an answer with neither words nor a choice',
      { ...answer!, note: { editorState: null, text: ' ', markdown: '' } },
      0,
    ],
    [
      'a choice of an empty answer',
      { ...answer!, note: { editorState: null, text: '', markdown: '' }, replyTo: uuid(102), choice: 0 },
      1,
    ],
    ['a reply to a question in upper case', { ...answer!, replyTo: uuid(103).toUpperCase() }, 1],
  ])('counts %s as %i answers', (_, annotation, answers) => {
    expect(build([annotation]).answers).toHaveLength(answers);
    expect(build([annotation]).highlights).toHaveLength(0);
  });

  it('keeps the later of two replies to one question and drops choices the question lacks', () => {
    const [first] = monaAnnotations();
    const second = {
      ...first!,
      id: uuid(8),
      modified: '2024-09-26T08:00:00.000Z',
      note: { ...first!.note, text: 'ثانية' },
    };
    expect(build([second, first!]).answers.map((a) => a.note.text)).toEqual(['ثانية']);
    expect(build([first!, second]).answers.map((a) => a.note.text)).toEqual(['ثانية']);
    const outOfRange = { ...first!, replyTo: uuid(102), choice: 3 };
    expect(build([outOfRange]).answers[0]!.choice).toBeNull();
  });
});

describe('serializeAnswers', () => {
  it.each(classFiles(document, pack).map((file) => [file.reader.name, file] as const))(
    'round-trips the answers of %s through parseClassFile',
    (_, file) => {
      const parsed = parseClassFile(new TextEncoder().encode(serializeAnswers(file)), {
        now: NOW,
        expectedPackId: PACK_ID,
      });
      // The editor state is the one thing parsing changes: it passes the sanitizer, as a restore's does.
      expect(parsed.ok && parsed.kind === 'answers' && parsed.answers).toEqual({
        ...file,
        answers: file.answers.map((a) => ({
          ...a,
          note: { ...a.note, editorState: sanitizeNoteState(a.note.editorState, a.note.text).editorState },
        })),
      });
    },
  );

  it('writes answers as W3C replies to the question IRI, highlights as highlighting', () => {
    const file = build(monaAnnotations());
    const json = JSON.parse(serializeAnswers(file));
    expect(json).toMatchObject({
      id: ANNOTATION_IRI_PREFIX + file.id,
      type: 'hamish:AnswerFile',
      hamishFormat: 'answers',
      formatVersion: ANSWERS_FORMAT_VERSION,
      packId: ANNOTATION_IRI_PREFIX + PACK_ID,
      creator: { id: mona.reader.id, type: 'Person', name: mona.reader.name },
    });
    expect(json.answers[0]).toMatchObject({
      motivation: 'replying',
      target: ANNOTATION_IRI_PREFIX + uuid(103),
      body: [
        {
          type: 'TextualBody',
          value: 'نعم، لأن **المطر** مجاني.',
          purpose: 'replying',
          format: 'text/markdown',
        },
      ],
      'hamish:note': { editorState: null, text: 'نعم، لأن المطر مجاني.' },
      'hamish:choice': null,
    });
    expect(json.highlights[0]).toMatchObject({ motivation: 'highlighting', 'hamish:color': 'yellow' });
  });
});
