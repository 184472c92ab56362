import fc from 'fast-check';
import { HIGHLIGHT_COLORS, type Annotation } from '@shared/annotations/annotation-model';

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
      noteText: anyText(60),
      hasNote: fc.boolean(),
      author: fc.record({ id: fc.constantFrom('reader:default', 'reader:mona'), name: anyText(20) }),
      created: isoDate,
      modified: isoDate,
    })
    .map((r) => {
      const end = Math.min(textLength, r.start + r.length);
      const tags = [...new Set(r.tags.map((tag) => tag.normalize('NFC')))];
      const editorState = JSON.stringify({ root: { children: [{ type: 'paragraph', text: r.noteText }] } });
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
        note: r.hasNote
          ? { editorState, text: r.noteText, markdown: r.noteText }
          : { editorState: null, text: '', markdown: '' },
        author: r.author,
        created: r.created,
        modified: r.modified,
        schemaVersion: 1,
      } satisfies Annotation;
    });
}
