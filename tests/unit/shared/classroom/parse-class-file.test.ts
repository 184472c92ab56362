import { describe, expect, it } from 'vitest';
import { createBackup, serializeBackup } from '@shared/backup/backup-format';
import { serializeAnswers } from '@shared/classroom/answers-file';
import { CLASS_FILE_LIMITS } from '@shared/classroom/class-file-schema';
import type { ClassFileRefusal, ParsedClassFile } from '@shared/classroom/classroom-model';
import { serializePack } from '@shared/classroom/pack-file';
import { parseClassFile, type ClassFileContext } from '@shared/classroom/parse-class-file';
import { classFiles, lessonDocument, lessonPack, NOW, PACK_ID } from '../../../support/class-fixtures';

const document = lessonDocument();
const pack = lessonPack(document);
const answers = classFiles(document, pack)[0]!;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the cases reach into the JSON to break it
type Json = Record<string, any>;
const packJson = (): Json => JSON.parse(serializePack(pack));
const answersJson = (): Json => JSON.parse(serializeAnswers(answers));
const encode = (value: unknown) =>
  new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));
const edited = (base: () => Json, edit: (file: Json) => void) => () => {
  const file = base();
  edit(file);
  return encode(file);
};
const asAnswers: ClassFileContext = { now: NOW, expectedPackId: PACK_ID };

interface Refusal {
  name: string;
  bytes: () => Uint8Array;
  context?: ClassFileContext;
  reason: ClassFileRefusal;
  detail?: string;
}

const REFUSALS: Refusal[] = [
  { name: 'an empty file', bytes: () => new Uint8Array(), reason: 'not-json', detail: 'empty' },
  { name: 'only blanks', bytes: () => encode(' \n\t '), reason: 'not-json', detail: 'empty' },
  {
    name: 'a file over the size limit',
    bytes: () => new Uint8Array(CLASS_FILE_LIMITS.fileBytes + 1),
    reason: 'too-large',
    detail: `${60 * 1024 * 1024} bytes`,
  },
  {
    name: 'bytes that are not UTF-8',
    bytes: () => new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]),
    reason: 'not-json',
    detail: 'invalid utf-8',
  },
  { name: 'damaged JSON', bytes: () => encode('{"hamishFormat": "answers",, }'), reason: 'not-json' },
  {
    name: 'a pack cut short',
    bytes: () => encode(serializePack(pack).slice(0, 900)),
    reason: 'damaged',
    detail: 'truncated',
  },
  {
    name: 'NaN offsets (not JSON)',
    bytes: () => encode(serializePack(pack).replace(/"start": \d+/, '"start": NaN')),
    reason: 'not-json',
  },
  {
    name: 'an array at the top level',
    bytes: () => encode([packJson()]),
    reason: 'not-classroom',
    detail: 'array',
  },
  { name: 'a JSON string', bytes: () => encode('"hamish"'), reason: 'not-classroom', detail: 'string' },
  { name: 'null', bytes: () => encode('null'), reason: 'not-classroom', detail: 'null' },
  {
    name: 'a backup given as a pack',
    bytes: () =>
      encode(
        serializeBackup(
          createBackup({
            annotations: [],
            settings: { colorMeanings: {} },
            exportedAt: NOW,
            appVersion: '1.0.0',
          }),
        ),
      ),
    reason: 'not-classroom',
  },
  {
    name: 'a pack given where answers are expected',
    bytes: () => encode(packJson()),
    context: asAnswers,
    reason: 'not-classroom',
    detail: 'reading-pack',
  },
  {
    name: 'answers to another pack',
    bytes: edited(answersJson, (f) => (f.packId = 'urn:uuid:c0000000-0000-4000-8000-00000000000c')),
    context: asAnswers,
    reason: 'other-pack',
    detail: 'c0000000-0000-4000-8000-00000000000c',
  },
  {
    name: 'a pack of a future format',
    bytes: edited(packJson, (f) => (f.formatVersion = 2)),
    reason: 'newer-format',
    detail: '2',
  },
  {
    name: 'answers of a future format',
    bytes: edited(answersJson, (f) => (f.formatVersion = 7)),
    reason: 'newer-format',
    detail: '7',
  },
  {
    name: 'a format version that is not a number',
    bytes: edited(packJson, (f) => (f.formatVersion = '1')),
    reason: 'damaged',
    detail: 'formatVersion',
  },
  {
    name: 'duplicated question ids (in another case)',
    bytes: edited(
      packJson,
      (f) => (f.questions[1].id = f.questions[0].id.toUpperCase().replace('URN:UUID:', 'urn:uuid:')),
    ),
    reason: 'duplicate-ids',
    detail: 'questions[1].id',
  },
  {
    name: 'a question with a guide highlight’s id',
    bytes: edited(packJson, (f) => (f.questions[0].id = f.guide[1].id)),
    reason: 'duplicate-ids',
    detail: 'questions[0].id',
  },
  {
    name: 'duplicated answer ids',
    bytes: edited(answersJson, (f) => (f.answers[2].id = f.answers[0].id)),
    reason: 'duplicate-ids',
    detail: 'answers[2].id',
  },
  {
    name: 'two answers to one question',
    bytes: edited(answersJson, (f) => (f.answers[1].target = f.answers[0].target)),
    reason: 'duplicate-ids',
    detail: 'answers[1].target',
  },
  {
    name: 'a highlight sharing an answer’s id',
    bytes: edited(answersJson, (f) => (f.highlights[0].id = f.answers[0].id)),
    reason: 'duplicate-ids',
    detail: 'highlights[0].id',
  },
  {
    name: 'a negative offset',
    bytes: edited(packJson, (f) => (f.guide[0].target.selector[1].start = -4)),
    reason: 'damaged',
    detail: 'guide[0].target.selector[1].start',
  },
  {
    name: 'a fractional offset',
    bytes: edited(answersJson, (f) => (f.highlights[0].target.selector[1].end = 2.5)),
    reason: 'damaged',
    detail: 'highlights[0].target.selector[1].end',
  },
  {
    name: 'a passage past the end of the text',
    bytes: edited(packJson, (f) => (f.questions[0].target.selector[1].end = 10_000)),
    reason: 'damaged',
    detail: 'questions[0].target.selector',
  },
  {
    name: 'a passage ending before it starts',
    bytes: edited(answersJson, (f) => (f.highlights[0].target.selector[1].start = 99)),
    reason: 'damaged',
    detail: 'highlights[0].target.selector',
  },
  {
    name: '13 choices',
    bytes: edited(
      packJson,
      (f) => (f.questions[2]['hamish:choices'] = Array.from({ length: 13 }, (_, i) => `choice ${i}`)),
    ),
    reason: 'damaged',
    detail: 'questions[2].hamish:choices',
  },
  {
    name: 'a choice index past 12',
    bytes: edited(answersJson, (f) => (f.answers[0]['hamish:choice'] = 12)),
    reason: 'damaged',
    detail: 'answers[0].hamish:choice',
  },
  {
    name: 'a name of 201 characters',
    bytes: edited(answersJson, (f) => (f.creator.name = 'م'.repeat(201))),
    reason: 'damaged',
    detail: 'creator.name',
  },
  {
    name: '501 questions',
    bytes: edited(packJson, (f) => (f.questions = Array.from({ length: 501 }, () => f.questions[0]))),
    reason: 'damaged',
    detail: 'questions',
  },
  {
    name: 'an empty prompt',
    bytes: edited(packJson, (f) => (f.questions[0].body[0].value = '')),
    reason: 'damaged',
    detail: 'questions[0].body[0].value',
  },
  {
    name: 'a pack id that is not a UUID IRI',
    bytes: edited(packJson, (f) => (f.id = 'javascript:alert(1)')),
    reason: 'damaged',
    detail: 'id',
  },
  {
    name: 'a due date that is no day',
    bytes: edited(packJson, (f) => (f.due = '2024-02-31')),
    reason: 'damaged',
    detail: 'due',
  },
  {
    name: 'an unknown motivation',
    bytes: edited(answersJson, (f) => (f.answers[0].motivation = 'editing')),
    reason: 'damaged',
    detail: 'answers[0].motivation',
  },
  {
    name: 'a document text that is not NFC',
    bytes: edited(packJson, (f) => (f.document.draft.blocks[0].text = 'e\u0301')),
    reason: 'damaged',
    detail: 'document.draft.blocks[0].text',
  },
];

describe('parseClassFile refuses hostile and broken files', () => {
  it.each(REFUSALS)('$name: $reason', ({ bytes, context, reason, detail }) => {
    const parsed = parseClassFile(bytes(), context ?? { now: NOW });
    expect(parsed).toEqual({ ok: false, reason, ...(detail !== undefined && { detail }) });
  });

  it('accepts the valid base of every case', () => {
    expect(parseClassFile(encode(packJson()), { now: NOW }).ok).toBe(true);
    expect(parseClassFile(encode(answersJson()), asAnswers).ok).toBe(true);
  });
});

const parsedPack = (parsed: ParsedClassFile) => {
  if (!parsed.ok || parsed.kind !== 'pack') throw new Error(`not a pack: ${JSON.stringify(parsed)}`);
  return parsed.pack;
};
const parsedAnswers = (parsed: ParsedClassFile) => {
  if (!parsed.ok || parsed.kind !== 'answers') throw new Error(`not answers: ${JSON.stringify(parsed)}`);
  return parsed.answers;
};

const SCRIPT = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

describe('parseClassFile sanitises what it keeps', () => {
  it('keeps script payloads in names, prompts and answers as the inert text they are', () => {
    const packed = parsedPack(
      parseClassFile(
        edited(packJson, (f) => {
          f.creator.name = SCRIPT.slice(0, 30);
          f.questions[0].body[0].value = SCRIPT;
          f.questions[2]['hamish:choices'][0] = SCRIPT;
          f.instructions = SCRIPT;
        })(),
        { now: NOW },
      ),
    );
    expect(packed.teacher.name).toBe(SCRIPT.slice(0, 30));
    expect(packed.questions.map((q) => q.prompt)).toContain(SCRIPT);
    expect(packed.questions[2]!.choices[0]).toBe(SCRIPT);
    expect(packed.instructions).toBe(SCRIPT);
    const answered = parsedAnswers(
      parseClassFile(
        edited(answersJson, (f) => {
          f.creator.name = '<b onmouseover=x>';
          f.answers[0].body[0].value = SCRIPT;
          f.answers[0]['hamish:note'].text = SCRIPT;
        })(),
        asAnswers,
      ),
    );
    expect(answered.reader.name).toBe('<b onmouseover=x>');
    expect(answered.answers[0]!.note).toMatchObject({ text: SCRIPT, markdown: SCRIPT });
  });

  it.each([
    ['a right-to-left override', '\u202Enimda', 'nimda'],
    ['isolates and embeddings', '\u2066منى\u2069 \u202Bعلي\u202C', 'منى علي'],
    ['control characters and a line break', 'Sam\u0000\u0007\u001b[31m\nSmith\u0085', 'Sam[31m Smith'],
    ['surrounding blanks', '  ليلى\t', 'ليلى'],
    ['decomposed letters (made NFC)', 'Zoe\u0308', 'Zoë'],
  ])('strips %s from a name', (_, name, shown) => {
    const answered = parsedAnswers(
      parseClassFile(edited(answersJson, (f) => (f.creator.name = name))(), asAnswers),
    );
    expect(answered.reader.name).toBe(shown);
    const packed = parsedPack(
      parseClassFile(edited(packJson, (f) => (f.creator.name = name))(), { now: NOW }),
    );
    expect(packed.teacher.name).toBe(shown);
  });

  it('keeps line breaks in prompts and answers but strips bidi overrides there too', () => {
    const answered = parsedAnswers(
      parseClassFile(
        edited(answersJson, (f) => (f.answers[0]['hamish:note'].text = 'أولا\r\n\u202Eثانيا'))(),
        asAnswers,
      ),
    );
    expect(answered.answers[0]!.note.text).toBe('أولا\nثانيا');
  });

  it('ignores __proto__ keys: nothing is polluted and the rest reads as without them', () => {
    const withProto = serializePack(pack)
      .replace('{\n  "@context"', '{\n  "__proto__": {"polluted": true, "guide": []},\n  "@context"')
      .replace(
        '"colorMeanings": {',
        '"colorMeanings": {"__proto__": {"polluted": true}, "constructor": "x",',
      );
    expect(withProto).toContain('"__proto__": {"polluted": true, "guide"');
    const packed = parsedPack(parseClassFile(encode(withProto), { now: NOW }));
    expect(packed).toEqual(pack);
    expect(Object.getPrototypeOf(packed)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(packed.colorMeanings)).toBe(Object.prototype);
    expect(({} as Json).polluted).toBeUndefined();
  });

  it('brings dates in the year 3000 back to now, and leaves those within a day', () => {
    const soon = new Date(NOW.getTime() + 60 * 60 * 1000).toISOString();
    const answered = parsedAnswers(
      parseClassFile(
        edited(answersJson, (f) => {
          f.modified = '3000-01-01T00:00:00.000Z';
          f.answers[0].modified = '3000-01-01T00:00:00Z';
          f.highlights[0].modified = soon;
        })(),
        asAnswers,
      ),
    );
    expect(answered.modified).toBe(NOW.toISOString());
    expect(answered.answers[0]!.modified).toBe(NOW.toISOString());
    expect(answered.highlights[0]!.modified).toBe(soon);
    const packed = parsedPack(
      parseClassFile(edited(packJson, (f) => (f.created = '3000-06-01T00:00:00.000Z'))(), { now: NOW }),
    );
    expect(packed.created).toBe(NOW.toISOString());
  });

  it('lower-cases every id', () => {
    const upper = (iri: string) => `urn:uuid:${iri.slice('urn:uuid:'.length).toUpperCase()}`;
    const packed = parsedPack(
      parseClassFile(
        edited(packJson, (f) => {
          f.id = upper(f.id);
          f.questions[0].id = upper(f.questions[0].id);
          f.guide[0].id = upper(f.guide[0].id);
        })(),
        { now: NOW },
      ),
    );
    expect(packed).toEqual(pack);
    const answered = parsedAnswers(
      parseClassFile(
        edited(answersJson, (f) => {
          f.packId = upper(f.packId);
          f.answers[0].target = upper(f.answers[0].target);
        })(),
        { now: NOW, expectedPackId: PACK_ID.toUpperCase() },
      ),
    );
    expect(answered.packId).toBe(PACK_ID);
    expect(answered.answers[0]!.questionId).toBe(answers.answers[0]!.questionId);
  });

  it('passes a hostile note state through the restore gate', () => {
    const hostile = JSON.stringify({
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'text', text: 'hello', style: 'background:url(javascript:alert(1))' }],
          },
          { type: 'script', children: [], src: 'https://evil.example' },
        ],
      },
    });
    const answered = parsedAnswers(
      parseClassFile(
        edited(answersJson, (f) => (f.answers[0]['hamish:note'].editorState = hostile))(),
        asAnswers,
      ),
    );
    const state = answered.answers[0]!.note.editorState!;
    expect(state).toContain('hello');
    expect(state).not.toMatch(/javascript|script|evil/);
  });

  it('reads a UTF-16 file that starts with its byte-order mark', () => {
    const text = serializePack(pack);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + i * 2] = text.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    expect(parsedPack(parseClassFile(utf16, { now: NOW }))).toEqual(pack);
  });
});
