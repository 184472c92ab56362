import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  EMPTY_NOTE,
  HIGHLIGHT_COLORS,
  type Annotation,
  type NoteBody,
} from '@shared/annotations/annotation-model';

/** Text with Arabic, harakat, Markdown and HTML syntax, quotes and JSON escapes: what notes really hold. */
const piece = fc.constantFrom(
  'مصالح',
  'الصين',
  'كَتَبَ',
  ' ',
  '\n',
  '"',
  '\\',
  '<script>alert(1)</script>',
  '*',
  '_',
  '#',
  '`',
  '1. ',
  'Cameco',
  '😀',
  '\u200f',
);
const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength, unit: 'grapheme' }),
    fc.array(piece, { maxLength }).map((parts) => parts.join('')),
  );
const isoDate = fc
  .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) })
  .map((time) => new Date(time).toISOString());

/**
 * Notes the note editor made (`noteFromMarkdown`): formats, headings, lists, escaped Markdown syntax,
 * HTML as words. A renderer test checks that the editor still writes each of them byte for byte.
 */
export const EDITOR_MADE_NOTES_FIXTURE = 'tests/fixtures/backup/editor-made-notes.json';

export function editorMadeNotes(): Record<string, NoteBody> {
  return JSON.parse(readFileSync(EDITOR_MADE_NOTES_FIXTURE, 'utf8')) as Record<string, NoteBody>;
}

/** One unformatted paragraph as Lexical 0.52 serializes it (the key order of note-tree-json.ts). */
function paragraphJson(text: string): Record<string, unknown> {
  const textNode = { detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 };
  return {
    children: [textNode],
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    type: 'paragraph',
    version: 1,
  };
}

/**
 * The note the editor stores when these lines are typed as paragraphs. Lines hold no Markdown syntax the
 * editor would escape, so its Markdown is its text; a renderer test checks the editor agrees.
 */
export function plainNote(lines: readonly string[]): NoteBody {
  const root = {
    children: lines.map(paragraphJson),
    direction: null,
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  };
  const text = lines.join('\n\n');
  return { editorState: JSON.stringify({ root }), text, markdown: text };
}

/** Characters the editor's Markdown export escapes with a backslash. */
const MARKDOWN_ESCAPED = /[*_`~\\]/;
const plainLine = fc
  .oneof(
    fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }),
    fc.array(piece, { minLength: 1, maxLength: 12 }).map((parts) => parts.join('')),
  )
  .filter((line) => line.trim() !== '' && !line.includes('\n') && !MARKDOWN_ESCAPED.test(line));

/** No note, one of the editor-made notes, or random lines typed as paragraphs: each as the editor stores it. */
export const noteArbitrary: fc.Arbitrary<NoteBody> = fc.oneof(
  fc.constant(EMPTY_NOTE).map((note) => ({ ...note })),
  fc.constantFrom(...Object.values(editorMadeNotes())).map((note) => ({ ...note })),
  fc.array(plainLine, { minLength: 1, maxLength: 3 }).map(plainNote),
);

/** Any annotation the store could hold on a document of `textLength` characters. */
export function annotationArbitrary(
  documentIds: readonly string[],
  textLength: number,
): fc.Arbitrary<Annotation> {
  return fc
    .record({
      id: fc.uuid({ version: 4 }),
      documentId: fc.constantFrom(...documentIds),
      hash: fc.stringMatching(/^[0-9a-f]{8}$/),
      start: fc.nat(textLength - 1),
      length: fc.integer({ min: 1, max: 300 }),
      exact: anyText(40).filter((value) => value.length > 0),
      prefix: anyText(32),
      suffix: anyText(32),
      color: fc.constantFrom(...HIGHLIGHT_COLORS),
      tags: fc.array(
        anyText(20).filter((tag) => tag.length > 0 && tag.length <= 200),
        { maxLength: 4 },
      ),
      note: noteArbitrary,
      author: fc.record({ id: fc.constantFrom('reader:default', 'reader:mona'), name: anyText(20) }),
      created: isoDate,
      modified: isoDate,
      // Some are a student's answers to a reading-pack question, a few of them multiple choice.
      reply: fc.option(
        fc.record({ replyTo: fc.uuid({ version: 4 }), choice: fc.option(fc.nat(11), { nil: undefined }) }),
        { nil: undefined, freq: 4 },
      ),
    })
    .map((r) => {
      const end = Math.min(textLength, r.start + r.length);
      const tags = [...new Set(r.tags.map((tag) => tag.normalize('NFC')))];
      return {
        id: r.id,
        documentId: r.documentId,
        target: {
          source: `${r.documentId}@${r.hash}`,
          selector: [
            { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix },
            { type: 'TextPositionSelector', start: r.start, end },
          ],
        },
        start: r.start,
        color: r.color,
        tags,
        note: r.note,
        author: r.author,
        created: r.created,
        modified: r.modified,
        schemaVersion: 1,
        ...(r.reply && { replyTo: r.reply.replyTo }),
        ...(r.reply?.choice !== undefined && { choice: r.reply.choice }),
      } satisfies Annotation;
    });
}
