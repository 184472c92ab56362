import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { markdownChunks } from '@shared/import/markdown-chunks';

/** The text of every leaf block in document order, ignoring how blocks are grouped into lists and quotes. */
function leafTexts(node: Nodes): string[] {
  if (node.type === 'definition') return [];
  if ('value' in node) return [`${node.type}:${node.value}`];
  if (node.type === 'paragraph' || node.type === 'heading') return [`${node.type}:${inline(node)}`];
  return 'children' in node ? node.children.flatMap(leafTexts) : [];
}
function inline(node: Nodes): string {
  if ('value' in node) return node.value;
  return 'children' in node ? node.children.map(inline).join('') : '';
}
const parseChunked = (source: string, size: number): string[] =>
  markdownChunks(source, size).flatMap((chunk) => leafTexts(fromMarkdown(chunk)));

const UNIT = [
  '# فصل',
  '',
  'فقرة فيها [رابط مرجعي][مصدر] ونص.',
  '',
  '```',
  'code at the margin',
  '',
  'more code after a blank line',
  '```',
  '',
  '<script>',
  'var a = 1;',
  '',
  'alert(a);',
  '</script>',
  '',
  '- item one',
  '',
  '  continued after a blank line',
  '- item two',
  '',
  '> quoted',
  '',
  '<!-- a comment',
  '',
  'still the comment -->',
  '',
  'Closing paragraph.',
  '',
].join('\n');
const DEFINITIONS = '[مصدر]: https://example.com/source';

describe('markdownChunks', () => {
  it('leaves a source within the size whole', () => {
    expect(markdownChunks(UNIT, 10_000)).toEqual([UNIT]);
  });

  it('cuts a long source into several pieces that parse to the same blocks, definitions included', () => {
    const source = `${UNIT.repeat(6)}\n${DEFINITIONS}\n`;
    const chunks = markdownChunks(source, 64);
    expect(chunks.length).toBeGreaterThan(10);
    expect(parseChunked(source, 64)).toEqual(leafTexts(fromMarkdown(source)));
    expect(leafTexts(fromMarkdown(source))).toContain('paragraph:فقرة فيها رابط مرجعي ونص.');
  });

  it.each([
    ['inside a fence', 'more code after a blank line'],
    ['inside a script block', 'alert(a);'],
    ['before a list item’s continuation', '  continued after a blank line'],
    ['inside a comment', 'still the comment -->'],
  ])('never cuts %s', (_, line) => {
    for (const chunk of markdownChunks(UNIT.repeat(4), 1)) expect(chunk.startsWith(line)).toBe(false);
  });

  it('puts the definitions in front of every piece, wherever they were', () => {
    const chunks = markdownChunks(`${'Paragraph.\n\n'.repeat(20)}${DEFINITIONS}\n`, 30);
    expect(chunks.length).toBeGreaterThan(2);
    for (const chunk of chunks) expect(chunk.startsWith(`${DEFINITIONS}\n\n`)).toBe(true);
  });

  it('loses and adds no line: the pieces joined are the source', () => {
    const line = fc.constantFrom(
      '',
      '# h',
      'text',
      '- item',
      '  indented',
      '```',
      '~~~~',
      '<pre>',
      '</pre>',
      '> q',
      '1. one',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 80 }), fc.integer({ min: 1, max: 40 }), (lines, size) => {
        const source = lines.join('\n');
        expect(markdownChunks(source, size).join('\n')).toBe(source);
      }),
    );
  });
});
