import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import fc from 'fast-check';
import {
  $createLineBreakNode,
  $createParagraphNode,
  $createTabNode,
  $createTextNode,
  $getRoot,
  TEXT_TYPE_TO_FORMAT,
  type LexicalNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { NOTE_NODES, NOTE_TEXT_FORMATS } from '@renderer/notes/note-editor-config';
import {
  createHeadlessNoteEditor,
  noteFromEditorState,
  noteFromMarkdown,
} from '@renderer/notes/note-serialization';
import { NOTE_NODE_TYPES, NOTE_TEXT_FORMAT_MASK } from '@shared/notes/note-state-rules';
import { sanitizeNoteState } from '@shared/notes/sanitize-note-state';
import { HOSTILE_NOTE_STATES } from '../../../support/hostile-note-states';

/** Loads a state as the note editor does on mount; returns what it shows and what it would save. */
function load(editorState: string): { text: string; saved: string } {
  const editor = createHeadlessNoteEditor();
  editor.setEditorState(editor.parseEditorState(editorState));
  const state = editor.getEditorState();
  return { text: state.read(() => $getRoot().getTextContent()), saved: JSON.stringify(state.toJSON()) };
}

function stateFromNodes(build: () => LexicalNode[]): string {
  const editor = createHeadlessNoteEditor();
  editor.update(() => $getRoot().append(...build()), { discrete: true });
  return JSON.stringify(editor.getEditorState().toJSON());
}

describe('the sanitizer and the note editor agree', () => {
  it('allows exactly the text formats the editor allows', () => {
    const editorMask = [...NOTE_TEXT_FORMATS].reduce(
      (mask, format) => mask | TEXT_TYPE_TO_FORMAT[format]!,
      0,
    );
    expect(NOTE_TEXT_FORMAT_MASK).toBe(editorMask);
  });

  it('allows exactly the node types the editor registers', () => {
    const core = ['root', 'paragraph', 'text', 'linebreak', 'tab'];
    const registered = [...core, ...NOTE_NODES.map((node) => node.getType())];
    expect([...NOTE_NODE_TYPES].sort()).toEqual(registered.sort());
  });
});

describe('hostile note states, once sanitized', () => {
  it.each(HOSTILE_NOTE_STATES.map((entry) => [entry.name, entry] as const))(
    '%s: loads, shows the words, saves back unchanged',
    (_name, entry) => {
      const sanitized = sanitizeNoteState(entry.editorState, entry.fallbackText).editorState!;
      const loaded = load(sanitized);
      for (const word of entry.survivingWords) expect(loaded.text).toContain(word);
      // Lexical writes back exactly what the sanitizer wrote: no field it would fill in or drop.
      expect(loaded.saved).toBe(sanitized);
    },
  );

  it('include the reported overlay, which Lexical alone loads and saves again as written', () => {
    const overlay = HOSTILE_NOTE_STATES[0]!;
    expect(load(overlay.editorState).saved).toContain('position:fixed');
    expect(load(sanitizeNoteState(overlay.editorState).editorState!).saved).not.toContain('position:fixed');
  });
});

describe('states our own editor wrote pass unchanged', () => {
  it.each([
    ['plain Arabic', 'ملاحظة قصيرة عن الصين'],
    ['every inline format', 'plain **bold** *italic* ~~struck~~ `code` ***both***'],
    ['headings h1 to h6', '# one\n\n## two\n\n### three\n\n#### four\n\n##### five\n\n###### six'],
    ['a quote', '> quoted words\n\nafter'],
    ['nested bulleted lists', '- a\n- b\n    - b1\n        - b11\n- c'],
    ['an ordered list starting at 3', '3. three\n4. four'],
    ['mixed Arabic and English lines', 'سطر عربي\n\nEnglish line\n\n- بند\n- item'],
  ])('%s', (_name, markdown) => {
    const editorState = noteFromMarkdown(markdown).editorState!;
    expect(sanitizeNoteState(editorState, '')).toEqual({ editorState, changed: false });
  });

  it.each([
    [
      'tabs and line breaks',
      () => [
        $createParagraphNode().append(
          $createTextNode('a'),
          $createTabNode(),
          $createLineBreakNode(),
          $createTextNode('b'),
        ),
      ],
    ],
    [
      'an empty bold paragraph between words',
      () => [
        $createParagraphNode().append($createTextNode('a')),
        $createParagraphNode().setTextFormat(1),
        $createParagraphNode().append($createTextNode('b')),
      ],
    ],
    [
      'directions, alignment and indent',
      () => [
        $createParagraphNode()
          .setDirection('rtl')
          .setFormat('center')
          .setIndent(2)
          .append($createTextNode('نص')),
        $createHeadingNode('h2').setDirection('ltr').setFormat('justify').append($createTextNode('Title')),
        $createQuoteNode().setIndent(1).append($createTextNode('q')),
      ],
    ],
    [
      'an empty list item and one holding only a nested list',
      () => [
        $createListNode('number', 7).append(
          $createListItemNode(),
          $createListItemNode().append(
            $createListNode('bullet').append($createListItemNode().append($createTextNode('x'))),
          ),
          $createListItemNode().append($createTextNode('y')),
        ),
      ],
    ],
  ])('%s', (_name, build) => {
    const editorState = stateFromNodes(build);
    expect(sanitizeNoteState(editorState, '')).toEqual({ editorState, changed: false });
  });

  it('for any Markdown the editor can hold', () => {
    const word = fc.constantFrom('كلمة', 'word', 'الصين', 'note', '2024', 'هامش');
    const inline = fc
      .array(
        fc.tuple(word, fc.constantFrom('', '**', '*', '~~', '`')).map(([w, mark]) => `${mark}${w}${mark}`),
        { minLength: 1, maxLength: 5 },
      )
      .map((words) => words.join(' '));
    const block = fc.oneof(
      inline,
      fc.tuple(fc.integer({ min: 1, max: 6 }), inline).map(([level, line]) => `${'#'.repeat(level)} ${line}`),
      inline.map((line) => `> ${line}`),
      fc
        .array(fc.tuple(fc.integer({ min: 0, max: 3 }), inline), { minLength: 1, maxLength: 5 })
        .map((items) =>
          items.map(([depth, line], index) => `${'    '.repeat(Math.min(depth, index))}- ${line}`).join('\n'),
        ),
      fc
        .array(inline, { minLength: 1, maxLength: 4 })
        .map((items) => items.map((line, i) => `${i + 1}. ${line}`).join('\n')),
    );
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 6 }), (blocks) => {
        const note = noteFromMarkdown(blocks.join('\n\n'));
        fc.pre(note.editorState !== null);
        expect(sanitizeNoteState(note.editorState, note.text)).toEqual({
          editorState: note.editorState,
          changed: false,
        });
      }),
      { numRuns: 150 },
    );
  });

  it('and a note saved after loading a sanitized state is still clean', () => {
    const hostile = HOSTILE_NOTE_STATES[0]!;
    const editor = createHeadlessNoteEditor();
    editor.setEditorState(editor.parseEditorState(sanitizeNoteState(hostile.editorState).editorState!));
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('added'))), {
      discrete: true,
    });
    const saved = noteFromEditorState(editor.getEditorState()).editorState!;
    expect(saved).not.toContain('position:fixed');
    expect(sanitizeNoteState(saved).changed).toBe(false);
  });
});

/** Any JSON, often shaped like Lexical nodes with hostile values. */
const hostileNode = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.record(
      {
        type: fc.constantFrom(...NOTE_NODE_TYPES, 'link', 'autolink', 'image', 'html', 'code'),
        text: fc.oneof(fc.string(), fc.integer()),
        children: fc.array(tie('node'), { maxLength: 4 }),
        format: fc.oneof(fc.integer(), fc.constantFrom('', 'center', 'bold')),
        style: fc.string(),
        textStyle: fc.string(),
        indent: fc.oneof(fc.integer(), fc.double()),
        direction: fc.constantFrom('ltr', 'rtl', null, 'auto'),
        tag: fc.constantFrom('h1', 'h6', 'h9', 'ol'),
        listType: fc.constantFrom('bullet', 'number', 'check', 'x'),
        start: fc.oneof(fc.integer(), fc.double()),
        value: fc.integer(),
        checked: fc.jsonValue({ maxDepth: 0 }),
        url: fc.oneof(fc.webUrl(), fc.constant('javascript:alert(1)')),
      },
      { requiredKeys: ['type'] },
    ),
  ),
}));

describe('any JSON, once sanitized', () => {
  it('loads in the note editor and saves back unchanged', () => {
    fc.assert(
      fc.property(
        fc.array(hostileNode.node, { maxLength: 6 }),
        fc.constantFrom('root', 'paragraph', 'list'),
        fc.string(),
        (children, rootType, fallbackText) => {
          const editorState = JSON.stringify({ root: { type: rootType, children } });
          const sanitized = sanitizeNoteState(editorState, fallbackText).editorState;
          if (sanitized === null) return;
          expect(load(sanitized).saved).toBe(sanitized);
        },
      ),
      { numRuns: 300 },
    );
  });
});
