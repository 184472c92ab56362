import { describe, expect, it } from 'vitest';
import { noteBlocks, type NoteBlock, type NoteList, type NoteRun } from '@renderer/margin/note-blocks';
import { noteFromMarkdown } from '@renderer/notes/note-serialization';
import { HOSTILE_NOTE_STATES } from '../../../support/hostile-note-states';

const blocksOf = (markdown: string) => {
  const note = noteFromMarkdown(markdown);
  return noteBlocks(note.editorState, note.text);
};

const plain = (text: string): NoteRun => ({
  kind: 'text',
  text,
  bold: false,
  italic: false,
  strike: false,
  code: false,
});

describe('noteBlocks reads each kind of node the note editor makes', () => {
  it.each<[string, string, NoteBlock[]]>([
    ['paragraph', 'مصدر مهم', [{ kind: 'paragraph', runs: [plain('مصدر مهم')] }]],
    ['heading', '## عنوان', [{ kind: 'h2', runs: [plain('عنوان')] }]],
    ['quote', '> قال أحدهم', [{ kind: 'quote', runs: [plain('قال أحدهم')] }]],
    [
      'bullet list',
      '- أول\n- second',
      [
        {
          kind: 'list',
          ordered: false,
          start: 1,
          items: [
            { runs: [plain('أول')], nested: null },
            { runs: [plain('second')], nested: null },
          ],
        },
      ],
    ],
    [
      'numbered list from 3',
      '3. ثالث\n4. رابع',
      [
        {
          kind: 'list',
          ordered: true,
          start: 3,
          items: [
            { runs: [plain('ثالث')], nested: null },
            { runs: [plain('رابع')], nested: null },
          ],
        },
      ],
    ],
  ])('%s', (_kind, markdown, expected) => {
    expect(blocksOf(markdown)).toEqual(expected);
  });

  type Formats = Partial<Record<'bold' | 'italic' | 'strike' | 'code', boolean>>;
  it.each<[string, string, string, Formats]>([
    ['bold', '**مهم**', 'مهم', { bold: true }],
    ['italic', '*مائل*', 'مائل', { italic: true }],
    ['strike', '~~مشطوب~~', 'مشطوب', { strike: true }],
    ['code', '`x = 1`', 'x = 1', { code: true }],
    ['bold italic', '***كلاهما***', 'كلاهما', { bold: true, italic: true }],
  ])('%s text keeps its format and only it', (_format, markdown, words, formats) => {
    expect(blocksOf(markdown)).toEqual([{ kind: 'paragraph', runs: [{ ...plain(words), ...formats }] }]);
  });

  it('joins neighbouring words of one format and splits where the format changes', () => {
    const [block] = blocksOf('مصدر **مهم** جدًا');
    expect((block as { runs: NoteRun[] }).runs).toEqual([
      plain('مصدر '),
      { ...plain('مهم'), bold: true },
      plain(' جدًا'),
    ]);
  });

  it('nests a list inside an item, as Lexical does', () => {
    const [list] = blocksOf('- outer\n  - inner') as NoteList[];
    expect(list!.items[0]).toEqual({ runs: [plain('outer')], nested: null });
    expect(list!.items[1]!.nested).toEqual({
      kind: 'list',
      ordered: false,
      start: 1,
      items: [{ runs: [plain('inner')], nested: null }],
    });
  });

  it('keeps a line break inside a paragraph', () => {
    const state = JSON.stringify({
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'text', text: 'سطر' }, { type: 'linebreak' }, { type: 'text', text: 'line' }],
          },
        ],
      },
    });
    expect(noteBlocks(state, '')).toEqual([
      { kind: 'paragraph', runs: [plain('سطر'), { kind: 'break' }, plain('line')] },
    ]);
  });

  it('reads the plain text, one paragraph a line, when there is no state', () => {
    expect(noteBlocks(null, 'أول\nsecond')).toEqual([
      { kind: 'paragraph', runs: [plain('أول')] },
      { kind: 'paragraph', runs: [plain('second')] },
    ]);
  });

  it('is empty for a note without words', () => {
    expect(noteBlocks(null, '  ')).toEqual([]);
  });
});

/** Every string anywhere in the blocks, and every node kind met on the way. */
function walk(blocks: NoteBlock[]): { texts: string[]; kinds: Set<string>; keys: Set<string> } {
  const texts: string[] = [];
  const kinds = new Set<string>();
  const keys = new Set<string>();
  const stack: unknown[] = [...blocks];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        keys.add(key);
        if (key === 'kind') kinds.add(value as string);
        else if (key === 'text') texts.push(value as string);
        else stack.push(value);
      }
    }
  }
  return { texts, kinds, keys };
}

const KNOWN_KINDS = new Set([
  'paragraph',
  'quote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'list',
  'text',
  'break',
]);
const KNOWN_KEYS = new Set([
  'kind',
  'runs',
  'text',
  'bold',
  'italic',
  'strike',
  'code',
  'ordered',
  'start',
  'items',
  'nested',
]);

describe('noteBlocks on hostile states', () => {
  it.each(HOSTILE_NOTE_STATES.map((hostile) => [hostile.name, hostile] as const))(
    '%s: only known nodes and their words',
    (_name, hostile) => {
      const blocks = noteBlocks(hostile.editorState, hostile.fallbackText);
      const { texts, kinds, keys } = walk(blocks);
      expect([...kinds].filter((kind) => !KNOWN_KINDS.has(kind))).toEqual([]);
      expect([...keys].filter((key) => !KNOWN_KEYS.has(key))).toEqual([]);
      const words = texts.join(' ');
      for (const word of hostile.survivingWords) expect(words).toContain(word);
      for (const forbidden of hostile.forbidden) expect(words).not.toContain(forbidden);
    },
  );
});
