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

  it('puts in front of each piece the definitions it refers to, matched as CommonMark matches labels', () => {
    const paragraphs = Array.from(
      { length: 40 },
      (_, i) => `See [the source][Source  ${i}] and [Note ${i % 3}].`,
    );
    const definitions = [
      ...Array.from({ length: 40 }, (_, i) => `[source ${i}]: https://example.com/${i}`),
      ...Array.from({ length: 3 }, (_, i) => `[NOTE\t${i}]: https://example.com/note-${i}`),
      '[source 0]: https://example.com/not-the-first',
      '[unused]: https://example.com/unused',
    ];
    const source = `${paragraphs.join('\n\n')}\n\n${definitions.join('\n')}\n`;
    const chunks = markdownChunks(source, 100);
    expect(chunks.length).toBeGreaterThan(10);
    expect(parseChunked(source, 100)).toEqual(leafTexts(fromMarkdown(source)));
    expect(leafTexts(fromMarkdown(source))).toContain('paragraph:See the source and Note 1.');
    const linkUrls = (markdown: string) => {
      const urls = new Map<string, string>();
      const visit = (node: Nodes): void => {
        if (node.type === 'definition' && !urls.has(node.identifier)) urls.set(node.identifier, node.url);
        if ('children' in node) node.children.forEach(visit);
      };
      visit(fromMarkdown(markdown));
      return urls;
    };
    const first = chunks[0] ?? '';
    expect(linkUrls(first).get('source 0')).toBe('https://example.com/0');
    for (const chunk of chunks.slice(0, -1)) {
      const copied = chunk.slice(0, chunk.indexOf('\n\n')).split('\n');
      expect(copied.length).toBeLessThan(10);
      expect(copied).not.toContain('[unused]: https://example.com/unused');
    }
  });

  it('copies definitions in time and size linear in the source, however many there are', () => {
    const count = 16_000;
    const paragraphs = Array.from({ length: count }, (_, i) => `Paragraph ${i} cites [a source][s${i}].`);
    const definitions = Array.from({ length: count }, (_, i) => `[s${i}]: https://example.com/s/${i}`);
    const source = `${definitions.join('\n')}\n\n${paragraphs.join('\n\n')}\n`;
    const started = performance.now();
    const chunks = markdownChunks(source);
    // Parsing every definition in front of every piece of this 1 MB took minutes; the copies are the cost.
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(chunks.join('').length).toBeLessThan(2 * source.length);
    expect(leafTexts(fromMarkdown(chunks.at(-1) ?? ''))).toContain(
      `paragraph:Paragraph ${count - 1} cites a source.`,
    );
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
