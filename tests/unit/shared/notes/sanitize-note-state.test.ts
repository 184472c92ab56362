import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BACKUP_LIMITS } from '@shared/backup/backup-schema';
import { MAX_LIST_NESTING, MAX_NOTE_STATE_CHARS, NOTE_NODE_TYPES } from '@shared/notes/note-state-rules';
import { sanitizeNoteState } from '@shared/notes/sanitize-note-state';
import { HOSTILE_NOTE_STATES } from '../../../support/hostile-note-states';

type Json = Record<string, unknown>;

/** The keys Lexical 0.52 writes for each node type the note editor has; anything else is a leak. */
const ELEMENT_KEYS = ['children', 'direction', 'format', 'indent', 'type', 'version'];
const ALLOWED_KEYS: Record<string, string[]> = {
  root: ELEMENT_KEYS,
  paragraph: [...ELEMENT_KEYS, 'textFormat', 'textStyle'],
  heading: [...ELEMENT_KEYS, 'tag', 'textFormat'],
  quote: [...ELEMENT_KEYS, 'textFormat'],
  list: [...ELEMENT_KEYS, 'listType', 'start', 'tag', 'textFormat'],
  listitem: [...ELEMENT_KEYS, 'value', 'textFormat'],
  text: ['detail', 'format', 'mode', 'style', 'text', 'type', 'version'],
  tab: ['detail', 'format', 'mode', 'style', 'text', 'type', 'version'],
  linebreak: ['type', 'version'],
};
const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list']);
const INLINE = new Set(['text', 'tab', 'linebreak']);

function sanitize(editorState: string | null, fallbackText = ''): string | null {
  return sanitizeNoteState(editorState, fallbackText).editorState;
}

function state(...children: unknown[]): string {
  return JSON.stringify({ root: { type: 'root', children } });
}

const paragraph = (children: unknown[], extra: Json = {}) => ({ type: 'paragraph', children, ...extra });
const text = (content: unknown, extra: Json = {}) => ({ type: 'text', text: content, ...extra });

/** Every node of a sanitized state, parents before children, with its list nesting; no recursion. */
function nodesOf(editorState: string): { node: Json; parent: Json | null; lists: number }[] {
  const root = (JSON.parse(editorState) as { root: Json }).root;
  const found: { node: Json; parent: Json | null; lists: number }[] = [];
  const pending = [{ node: root, parent: null as Json | null, lists: 0 }];
  while (pending.length > 0) {
    const entry = pending.pop()!;
    found.push(entry);
    const lists = entry.lists + (entry.node.type === 'list' ? 1 : 0);
    const children = (entry.node.children as Json[] | undefined) ?? [];
    for (let index = children.length - 1; index >= 0; index--) {
      pending.push({ node: children[index]!, parent: entry.node, lists });
    }
  }
  return found;
}

/** The words a reader sees: one line per paragraph, heading, quote or list item, and per line break. */
function wordsOf(editorState: string): string {
  const lines: string[] = [];
  for (const { node } of nodesOf(editorState)) {
    const children = node.children as Json[] | undefined;
    if (node.type === 'root' || node.type === 'list' || children?.[0]?.type === 'list') continue;
    if (children === undefined) continue;
    lines.push(
      children.map((child) => (child.type === 'linebreak' ? '\n' : (child.text as string))).join(''),
    );
  }
  return lines.join('\n');
}

/** What makes a state safe to load: known types, known keys, no style, right parents, bounded nesting. */
function problemsOf(editorState: string): string[] {
  const problems: string[] = [];
  const parsed = JSON.parse(editorState) as Json;
  if (Object.keys(parsed).join() !== 'root') problems.push(`top-level keys ${Object.keys(parsed).join()}`);
  for (const { node, parent, lists } of nodesOf(editorState)) {
    const type = node.type as string;
    const allowed = ALLOWED_KEYS[type];
    if (allowed === undefined) problems.push(`unknown type ${type}`);
    for (const key of Object.keys(node)) if (!allowed?.includes(key)) problems.push(`${type} has ${key}`);
    if ('style' in node && node.style !== '') problems.push(`${type} style ${String(node.style)}`);
    if ('textStyle' in node && node.textStyle !== '') problems.push(`${type} textStyle`);
    if (type === 'text' && node.text === '') problems.push('empty text node');
    if (type === 'root' && (node.children as unknown[]).length === 0) problems.push('empty root');
    if (lists > MAX_LIST_NESTING) problems.push(`lists nested ${lists} deep`);
    if (parent === null) continue;
    const fits =
      parent.type === 'root'
        ? BLOCKS.has(type)
        : parent.type === 'list'
          ? type === 'listitem'
          : parent.type === 'listitem' && type === 'list'
            ? (parent.children as unknown[]).length === 1
            : INLINE.has(type);
    if (!fits) problems.push(`${type} inside ${String(parent.type)}`);
  }
  return problems;
}

function expectWellFormed(editorState: string): void {
  expect(problemsOf(editorState)).toEqual([]);
}

describe('sanitizeNoteState on hostile states', () => {
  it.each(HOSTILE_NOTE_STATES.map((entry) => [entry.name, entry] as const))(
    '%s: safe, words kept, stable',
    (_name, entry) => {
      const first = sanitizeNoteState(entry.editorState, entry.fallbackText);
      expect(first.changed).toBe(true);
      const sanitized = first.editorState!;
      expect(sanitized.length).toBeLessThanOrEqual(MAX_NOTE_STATE_CHARS);
      expectWellFormed(sanitized);
      const words = wordsOf(sanitized);
      for (const word of entry.survivingWords) expect(words).toContain(word);
      for (const fragment of entry.forbidden) expect(sanitized).not.toContain(fragment);
      expect(sanitizeNoteState(sanitized, entry.fallbackText)).toEqual({
        editorState: sanitized,
        changed: false,
      });
    },
  );

  it('never lets a hostile key reach Object.prototype', () => {
    for (const entry of HOSTILE_NOTE_STATES) sanitize(entry.editorState, entry.fallbackText);
    expect(({} as Json).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('sanitizeNoteState field rules', () => {
  const firstText = (editorState: string | null): Json => {
    const found = nodesOf(editorState!).find(({ node }) => node.type === 'text');
    return found!.node;
  };
  const firstBlock = (editorState: string | null): Json =>
    ((JSON.parse(editorState!) as { root: Json }).root.children as Json[])[0]!;

  it.each([
    ['bold', 1, 1],
    ['bold italic strikethrough code', 1 | 2 | 4 | 16, 1 | 2 | 4 | 16],
    ['underline', 8, 0],
    ['bold underline superscript', 1 | 8 | 64, 1],
    ['every bit', 2047, 1 | 2 | 4 | 16],
    ['negative', -1, 0],
    ['fraction', 1.5, 0],
    ['beyond safe integers', 2 ** 60, 0],
    ['a format name', 'bold', 0],
  ])('text format %s (%s) becomes %s', (_name, format, expected) => {
    expect(firstText(sanitize(state(paragraph([text('w', { format })])))).format).toBe(expected);
  });

  it.each([
    ['ltr', 'ltr'],
    ['rtl', 'rtl'],
    ['auto', null],
    ['rtl;position:fixed', null],
    [7, null],
  ])('block direction %s becomes %s', (direction, expected) => {
    expect(firstBlock(sanitize(state(paragraph([text('w')], { direction })))).direction).toBe(expected);
  });

  it.each([
    ['center', 'center'],
    ['justify', 'justify'],
    ['start', 'start'],
    ['center;background:red', ''],
    [2, ''],
  ])('block alignment %s becomes %s', (format, expected) => {
    expect(firstBlock(sanitize(state(paragraph([text('w')], { format })))).format).toBe(expected);
  });

  it.each([
    [3, 3],
    [-4, 0],
    [2.7, 2],
    [1e9, 7],
    [Number.MAX_VALUE, 7],
    ['3', 0],
  ])('block indent %s becomes %s', (indent, expected) => {
    expect(firstBlock(sanitize(state(paragraph([text('w')], { indent })))).indent).toBe(expected);
  });

  it.each([
    ['h1', 'heading'],
    ['h6', 'heading'],
    ['h7', 'paragraph'],
    ['div', 'paragraph'],
    [undefined, 'paragraph'],
  ])('heading tag %s makes a %s', (tag, type) => {
    const block = firstBlock(sanitize(state({ type: 'heading', tag, children: [text('w')] })));
    expect(block.type).toBe(type);
    if (type === 'heading') expect(block.tag).toBe(tag);
  });

  it.each([
    ['bullet', 'bullet', 'ul'],
    ['number', 'number', 'ol'],
    ['check', 'bullet', 'ul'],
    ['spiral', 'bullet', 'ul'],
  ])('list type %s becomes %s', (listType, expected, tag) => {
    const item = { type: 'listitem', checked: true, children: [text('w')] };
    const list = firstBlock(sanitize(state({ type: 'list', listType, children: [item] })));
    expect([list.listType, list.tag]).toEqual([expected, tag]);
    expect((list.children as Json[])[0]).not.toHaveProperty('checked');
  });

  it.each([
    [5, 5],
    [0, 0],
    [-3, 1],
    [2.5, 1],
    [1e12, 1],
  ])('ordered list start %s becomes %s and numbers its items from there', (start, expected) => {
    const items = [1, 2].map(() => ({ type: 'listitem', value: 99, children: [text('w')] }));
    const list = firstBlock(sanitize(state({ type: 'list', listType: 'number', start, children: items })));
    expect(list.start).toBe(expected);
    expect((list.children as Json[]).map((item) => item.value)).toEqual([expected, expected + 1]);
  });

  it('drops style and textStyle wherever they are, with every unknown key', () => {
    const sanitized = sanitize(
      state(
        paragraph([text('w', { style: 'color:red', onclick: 'x' })], {
          style: 'position:fixed',
          textStyle: 'background:red',
          $: { any: 1 },
        }),
      ),
    )!;
    expect(firstText(sanitized)).toMatchObject({ style: '' });
    expect(firstBlock(sanitized)).toMatchObject({ textStyle: '' });
    expect(sanitized).not.toMatch(/position|background|color:red|onclick|"\$"/);
  });
});

describe('sanitizeNoteState links', () => {
  const linkState = (url: unknown, label = 'label', type = 'link') =>
    state(paragraph([text('see '), { type, url, children: [text(label, { format: 1 })] }, text('.')]));

  it.each([
    ['https://example.org/a', 'see label (https://example.org/a).'],
    ['http://example.org', 'see label (http://example.org).'],
    ['mailto:a@example.org', 'see label (mailto:a@example.org).'],
    ['hamish://open/doc?annotation=1', 'see label (hamish://open/doc?annotation=1).'],
    ['  https://example.org/padded  ', 'see label (https://example.org/padded).'],
    ['javascript:alert(1)', 'see label.'],
    ['JAVASCRIPT:alert(1)', 'see label.'],
    ['data:text/html,<script>alert(1)</script>', 'see label.'],
    ['vbscript:msgbox(1)', 'see label.'],
    ['https://', 'see label.'],
    [42, 'see label.'],
  ])('a link to %s reads "%s"', (url, expected) => {
    expect(wordsOf(sanitize(linkState(url))!)).toBe(expected);
  });

  it('keeps the link text formatting and adds the URL as plain text', () => {
    const formats = nodesOf(sanitize(linkState('https://example.org'))!)
      .filter(({ node }) => node.type === 'text')
      .map(({ node }) => [node.text, node.format]);
    expect(formats).toEqual([
      ['see ', 0],
      ['label', 1],
      [' (https://example.org).', 0],
    ]);
  });

  it.each([
    [
      'an autolink showing its URL',
      'https://example.org/x',
      'https://example.org/x',
      'see https://example.org/x.',
    ],
    ['a mailto link showing its address', 'mailto:a@example.org', 'a@example.org', 'see a@example.org.'],
    ['a link with no words', 'https://example.org/x', '', 'see https://example.org/x.'],
  ])('does not repeat the URL for %s', (_name, url, label, expected) => {
    expect(wordsOf(sanitize(linkState(url, label, 'autolink'))!)).toBe(expected);
  });

  it('unwraps links nested in links, keeping every URL that is allowed', () => {
    const inner = { type: 'link', url: 'javascript:x', children: [text('inner')] };
    const outer = { type: 'link', url: 'https://example.org', children: [text('outer '), inner] };
    expect(wordsOf(sanitize(state(paragraph([outer])))!)).toBe('outer inner (https://example.org)');
  });
});

describe('sanitizeNoteState structure repairs', () => {
  it.each([
    ['text under the root gets a paragraph', [text('a'), text('b')], 'paragraph', 'ab'],
    ['a stray list item gets a list', [{ type: 'listitem', children: [text('a')] }], 'list', 'a'],
    [
      'unknown elements each get their own paragraph',
      [
        { type: 'x', children: [text('a')] },
        { type: 'y', children: [text('b')] },
      ],
      'paragraph',
      'a\nb',
    ],
    [
      'a paragraph inside a paragraph starts a new line',
      [paragraph([text('a'), paragraph([text('b')]), text('c')])],
      'paragraph',
      'a\nb\nc',
    ],
    [
      'a paragraph inside a list item joins it on a new line',
      [{ type: 'list', children: [{ type: 'listitem', children: [text('a'), paragraph([text('b')])] }] }],
      'list',
      'a\nb',
    ],
  ])('%s', (_name, children, firstType, words) => {
    const sanitized = sanitize(state(...children))!;
    expectWellFormed(sanitized);
    expect(
      ((JSON.parse(sanitized) as { root: Json }).root.children as Json[]).map((block) => block.type)[0],
    ).toBe(firstType);
    expect(wordsOf(sanitized)).toBe(words);
  });

  it('nests a list that follows an item with words in an item of its own, as Lexical does', () => {
    const nested = { type: 'list', children: [{ type: 'listitem', children: [text('child')] }] };
    const list = { type: 'list', children: [{ type: 'listitem', children: [text('parent'), nested] }] };
    const items = nodesOf(sanitize(state(list))!).filter(({ node }) => node.type === 'listitem');
    expect(items.map(({ node }) => [node.indent, node.value])).toEqual([
      [0, 1],
      [0, 2],
      [1, 1],
    ]);
  });

  it('drops lists left without items', () => {
    const sanitized = sanitize(state({ type: 'list', children: [] }, paragraph([text('w')])))!;
    expect(sanitized).not.toContain('"list"');
  });
});

describe('sanitizeNoteState bounds', () => {
  /** A list nested `depth` deep with one word per level, built as a string (no recursion). */
  const deepList = (depth: number): string =>
    '{"root":{"type":"root","children":[' +
    Array.from(
      { length: depth },
      (_, level) => `{"type":"list","children":[{"type":"listitem","children":["w${level} ",`,
    ).join('') +
    '"end"' +
    ']}]}'.repeat(depth) +
    ']}}';

  it.each([MAX_LIST_NESTING - 1, MAX_LIST_NESTING, MAX_LIST_NESTING + 1, 20_000])(
    'a list nested %i deep keeps every word within the nesting bound',
    (depth) => {
      const sanitized = sanitize(deepList(depth))!;
      expectWellFormed(sanitized);
      const deepest = Math.max(...nodesOf(sanitized).map(({ lists }) => lists));
      expect(deepest).toBe(Math.min(depth, MAX_LIST_NESTING));
      const words = wordsOf(sanitized);
      for (const level of [0, depth - 1]) expect(words).toContain(`w${level}`);
      expect(words).toContain('end');
    },
  );

  it('keeps a huge text node whole, every character in order (Lexical would merge pieces back)', () => {
    const unit = '😀 كلمةً ';
    const huge = unit.repeat(300_000);
    const halves = [huge.slice(0, unit.length * 100_000), huge.slice(unit.length * 100_000)];
    const sanitized = sanitize(state(paragraph(halves.map((half) => text(half)))))!;
    const texts = nodesOf(sanitized).filter(({ node }) => node.type === 'text');
    expect(texts.map(({ node }) => node.text)).toEqual([huge]);
  });

  it('reads a state over the size bound from the stored text instead', () => {
    const tooBig = state(paragraph([text('x'.repeat(MAX_NOTE_STATE_CHARS))]));
    expect(sanitize(tooBig, 'stored words')).toBe(sanitize(null, 'stored words'));
  });

  it('keeps within the size bound when line breaks would make the state too large', () => {
    const lines = 'ab\n'.repeat(200_000);
    const sanitized = sanitize(`{"root":{"children":[{"type":"text","text":${JSON.stringify(lines)}}]}}`)!;
    expect(sanitized.length).toBeLessThanOrEqual(MAX_NOTE_STATE_CHARS);
    expect(wordsOf(sanitized).match(/ab/g)).toHaveLength(200_000);
    expect(nodesOf(sanitized).filter(({ node }) => node.type === 'paragraph')).toHaveLength(1);
    expect(sanitizeNoteState(sanitized).changed).toBe(false);
  });

  it('cuts only words that alone exceed the bound', () => {
    const sanitized = sanitize(null, '"'.repeat(MAX_NOTE_STATE_CHARS))!;
    expect(sanitized.length).toBeLessThanOrEqual(MAX_NOTE_STATE_CHARS);
    expect(sanitized.length).toBeGreaterThan(MAX_NOTE_STATE_CHARS * 0.9);
    expect(sanitizeNoteState(sanitized).changed).toBe(false);
  });

  it('uses the same bound as a backup, so a sanitized note can always be backed up again', () => {
    expect(MAX_NOTE_STATE_CHARS).toBe(BACKUP_LIMITS.editorStateChars);
  });
});

describe('sanitizeNoteState without readable content', () => {
  it.each([
    ['no state and no text', null, '', null],
    ['no state, only whitespace', null, ' \n\t', null],
    ['empty paragraphs and no text', state(paragraph([]), paragraph([text('  ')])), '', null],
    ['broken JSON and no text', '{"root":', '', null],
  ])('%s: no note', (_name, editorState, fallbackText, expected) => {
    expect(sanitize(editorState, fallbackText)).toBe(expected);
  });

  it('leaves "no note" as it is', () => {
    expect(sanitizeNoteState(null)).toEqual({ editorState: null, changed: false });
  });

  it.each([
    ['no state', null],
    ['broken JSON', '{"root":'],
    ['a blank state', state(paragraph([]))],
    ['a number', '42'],
  ])('%s beside stored text: one paragraph per line of that text', (_name, editorState) => {
    const sanitized = sanitize(editorState, 'first line\r\nالسطر الثاني\n\nlast')!;
    expectWellFormed(sanitized);
    expect(wordsOf(sanitized)).toBe('first line\nالسطر الثاني\n\nlast');
  });
});

/** Any JSON a file could hold, biased toward what looks like Lexical nodes. */
const nodeLike = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.record(
      {
        type: fc.constantFrom(...NOTE_NODE_TYPES, 'link', 'autolink', 'image', '__proto__', 'constructor'),
        text: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
        children: fc.array(tie('node'), { maxLength: 4 }),
        format: fc.oneof(fc.integer(), fc.constantFrom('', 'center', 'bold', 'justify')),
        style: fc.string(),
        textStyle: fc.string(),
        indent: fc.oneof(fc.integer(), fc.double()),
        direction: fc.constantFrom('ltr', 'rtl', null, 'auto'),
        tag: fc.constantFrom('h1', 'h3', 'h6', 'h9', 'ul'),
        listType: fc.constantFrom('bullet', 'number', 'check', 'x'),
        url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'data:,x', 'mailto:a@b.c')),
      },
      { requiredKeys: ['type'] },
    ),
  ),
}));
const anyState = fc.oneof(
  fc.array(nodeLike.node, { maxLength: 6 }).map((children) => JSON.stringify({ root: { children } })),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc.string(),
);

describe('sanitizeNoteState properties', () => {
  it('turns any input into a well-formed state, or no note, and is stable', () => {
    fc.assert(
      fc.property(anyState, fc.string(), (editorState, fallbackText) => {
        const sanitized = sanitize(editorState, fallbackText);
        if (sanitized === null) {
          expect(fallbackText.trim()).toBe('');
          return;
        }
        expectWellFormed(sanitized);
        expect(sanitized).not.toMatch(/javascript:|data:,/);
        expect(sanitizeNoteState(sanitized, fallbackText)).toEqual({
          editorState: sanitized,
          changed: false,
        });
      }),
      { numRuns: 400 },
    );
  });
});
