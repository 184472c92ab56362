import fc from 'fast-check';
import type { Blockquote, Nodes, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/annotations/annotation-model';
import { BLOCK_SEPARATOR, type ArticleDocument, type Block } from '@shared/document/document-model';
import { annotationToMarkdown } from '@shared/export/markdown-export';
import { isDirectionWrapper, leafText } from './markdown-text';

/** Characters Markdown gives meaning to, plus Arabic, spaces and line breaks. */
const TRICKY = [
  ...'*_#>[]()`<>!&\\-+=|~:.1234567890 \n\r\tabcXYZ',
  'ـه',
  'م',
  'ع',
  '<div>',
  '</div>',
  '<script>',
  '&amp;',
  '1. ',
  '- ',
  '```',
  '    ',
  '<!--',
  '-->',
  'http://x.y',
  '[a]: /u',
  '[link](https://x.y)',
  '[bad](javascript:alert(1))',
  '![img](https://x.y/p.png)',
  '~~~',
  '    ',
];
const trickyString = fc.oneof(
  fc.array(fc.constantFrom(...TRICKY), { maxLength: 30 }).map((parts) => parts.join('')),
  // Any printable ASCII, and control characters other than NUL (which parsers replace by U+FFFD).
  fc.string({ unit: 'binary-ascii', maxLength: 30 }).map((value) => value.replace(/\0/g, '')),
);
/** Quotes are selections of canonical text: trimmed, never across a blank line (those split paragraphs). */
const quoteString = trickyString
  .map((value) => value.trim())
  .filter((value) => value !== '' && !/\n\s*\n/.test(value));

function documentWith(quote: string): ArticleDocument {
  const title = 'Title';
  const text = title + BLOCK_SEPARATOR + quote;
  const blocks: Block[] = [
    { id: 'title', kind: 'title', text: title, start: 0, end: title.length, ordinal: 1, sectionId: null },
    {
      id: 'p-1',
      kind: 'paragraph',
      text: quote,
      start: title.length + 2,
      end: text.length,
      ordinal: 1,
      sectionId: null,
    },
  ];
  return {
    title,
    text,
    contentHash: 'h',
    blocks,
    relatedHeading: null,
    related: [],
    boilerplate: [],
    versionId: 'doc@h',
    manifest: {
      id: 'doc',
      file: 'doc.txt',
      title,
      language: 'en',
      direction: 'ltr',
      source: { name: 'Source' },
      publication: '2022',
      related: [],
    },
  };
}

function annotationOn(document: ArticleDocument, quote: string, note: string): Annotation {
  const start = document.text.length - quote.length;
  return {
    id: '6b1d3f0e-3c2a-4c55-9a43-2f1f0b6b8e01',
    documentId: 'doc',
    target: {
      source: document.versionId,
      selector: [
        { type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' },
        { type: 'TextPositionSelector', start, end: document.text.length },
      ],
    },
    start,
    color: 'yellow',
    tags: [],
    note: { editorState: null, text: note, markdown: note },
    author: { id: 'r', name: 'R' },
    created: '2024-01-01T00:00:00.000Z',
    modified: '2024-01-01T00:00:00.000Z',
    schemaVersion: 1,
  };
}

/** Splits one exported annotation back into source, quote, note and the trailing location/link lines. */
function reparse(markdown: string): { quote: Blockquote; note: RootContent[] } {
  const nodes = fromMarkdown(markdown).children.filter((node) => !isDirectionWrapper(node));
  const [source, quote, meta, ...rest] = nodes;
  expect(source?.type).toBe('paragraph');
  expect(quote?.type).toBe('blockquote');
  expect(meta?.type).toBe('paragraph');
  // Nothing in a note may swallow what follows it: the last block is still the link into the app.
  const last = nodes.at(-1)!;
  expect(last.type === 'paragraph' && last.children[0]?.type === 'link' && last.children[0].url).toMatch(
    /^hamish:\/\/open\/[a-z0-9-]+\?annotation=[0-9a-f-]{36}&start=\d+&end=\d+$/,
  );
  return { quote: quote as Blockquote, note: rest.slice(0, -2) };
}

/** No raw HTML, images or definitions, and links only to safe places, anywhere inside `node`. */
function expectInert(node: Nodes): void {
  expect(['html', 'image', 'imageReference', 'definition']).not.toContain(node.type);
  if (node.type === 'link') expect(node.url).toMatch(/^(https?:|mailto:|hamish:|#)/i);
  if ('children' in node) for (const child of node.children) expectInert(child);
}

function exportOne(quote: string, note: string, language: 'ar' | 'en'): string {
  const document = documentWith(quote);
  const annotation = annotationOn(document, quote, note);
  const anchor = { status: 'anchored' as const, start: annotation.start, end: document.text.length };
  return annotationToMarkdown(annotation, { document, anchor, colorMeanings: {}, language });
}

describe('Markdown export escaping', () => {
  it('gives back every quote exactly, whatever Markdown syntax it holds', () => {
    fc.assert(
      fc.property(quoteString, fc.constantFrom<'ar' | 'en'>('ar', 'en'), (quote, language) => {
        const { quote: block } = reparse(exportOne(quote, '', language));
        const paragraphs = block.children.map((child) => {
          expect(child.type).toBe('paragraph');
          return leafText(child);
        });
        expect(paragraphs.join(BLOCK_SEPARATOR)).toBe(quote);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it('keeps a note’s text (raw HTML included, as text) and never lets it leak into the structure', () => {
    fc.assert(
      fc.property(quoteString, trickyString, (quote, note) => {
        // The export drops blank lines around a note and writes line endings as \n; the rest comes back as written.
        const stored = note
          .replace(/\r\n?/g, '\n')
          .replace(/^(?:[ \t]*\n)+/, '')
          .replace(/(?:\n[ \t]*)+$/, '');
        const expected = fromMarkdown(stored).children.map(leafText).join('');
        const { quote: block, note: nodes } = reparse(exportOne(quote, note, 'en'));
        expect(block.children.map(leafText).join(BLOCK_SEPARATOR)).toBe(quote);
        for (const node of nodes) expectInert(node);
        expect(nodes.map(leafText).join('')).toBe(expected);
      }),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) },
    );
  });

  it('turns leading "1." and a raw <script> into text, not a list or HTML', () => {
    const markdown = exportOne('1. <script>alert(1)</script> *x*', '<img src=x onerror=alert(1)>', 'en');
    expect(markdown).not.toMatch(/^<script>/m);
    expect(markdown).not.toMatch(/(^|[^\\])<img/);
    const { quote, note } = reparse(markdown);
    expect(leafText(quote)).toBe('1. <script>alert(1)</script> *x*');
    expect(note.map((node) => node.type)).toEqual(['paragraph']);
  });
});
