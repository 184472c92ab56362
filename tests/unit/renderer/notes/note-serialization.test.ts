import { $createListItemNode, $createListNode } from '@lexical/list';
import { $convertFromMarkdownString } from '@lexical/markdown';
import { $createQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { NOTE_TRANSFORMERS } from '@renderer/notes/note-editor-config';
import { EMPTY_NOTE } from '@shared/annotations/annotation-model';
import {
  createHeadlessNoteEditor,
  noteFromEditorState,
  noteFromMarkdown,
} from '@renderer/notes/note-serialization';

/** Builds a note in a headless editor from nodes, so export is tested apart from import. */
function noteFromNodes(build: () => LexicalNode[]) {
  const editor = createHeadlessNoteEditor();
  editor.update(() => $getRoot().append(...build()), { discrete: true });
  return noteFromEditorState(editor.getEditorState());
}

const paragraph = (...children: LexicalNode[]) => $createParagraphNode().append(...children);
const text = (content: string, ...formats: ('bold' | 'italic')[]) => {
  const node = $createTextNode(content);
  for (const format of formats) node.toggleFormat(format);
  return node;
};
const list = (type: 'bullet' | 'number', ...items: string[]) =>
  $createListNode(type).append(...items.map((item) => $createListItemNode().append(text(item))));

describe('noteFromEditorState', () => {
  it.each([
    ['bold', () => [paragraph(text('a '), text('bold', 'bold'), text(' word'))], 'a **bold** word'],
    ['italic', () => [paragraph(text('an '), text('italic', 'italic'), text(' word'))], 'an *italic* word'],
    ['bold italic', () => [paragraph(text('both', 'bold', 'italic'))], '***both***'],
    ['bulleted list', () => [list('bullet', 'one', 'two')], '- one\n- two'],
    ['numbered list', () => [list('number', 'first', 'second')], '1. first\n2. second'],
    ['quote', () => [$createQuoteNode().append(text('quoted'))], '> quoted'],
    ['paragraphs', () => [paragraph(text('one')), paragraph(text('two'))], 'one\n\ntwo'],
  ])('writes %s as Markdown', (_name, build, markdown) => {
    expect(noteFromNodes(build).markdown).toBe(markdown);
  });

  it('keeps plain text, blocks separated by blank lines, for search', () => {
    const note = noteFromNodes(() => [paragraph(text('bold', 'bold')), list('bullet', 'item')]);
    expect(note.text).toBe('bold\n\nitem');
  });

  it('stores editor JSON that loads back into the same note', () => {
    const note = noteFromNodes(() => [paragraph(text('x', 'bold')), list('number', 'a', 'b')]);
    const editor = createHeadlessNoteEditor();
    editor.setEditorState(editor.parseEditorState(note.editorState ?? ''));
    expect(noteFromEditorState(editor.getEditorState())).toEqual(note);
  });
});

describe('empty notes', () => {
  it.each([
    ['no blocks', () => []],
    ['one empty paragraph', () => [paragraph()]],
    ['only whitespace', () => [paragraph(text('  \t')), paragraph()]],
    ['an empty list item', () => [$createListNode('bullet').append($createListItemNode())]],
  ])('%s is the empty note', (_name, build) => {
    expect(noteFromNodes(build)).toEqual(EMPTY_NOTE);
  });

  it('empty Markdown is the empty note', () => {
    expect(noteFromMarkdown('')).toEqual(EMPTY_NOTE);
    expect(noteFromMarkdown('\n\n  \n')).toEqual(EMPTY_NOTE);
  });
});

describe('noteFromMarkdown', () => {
  const CANONICAL = [
    'A **bold** and *italic* line.',
    '- bullet one\n- bullet two',
    '1. first\n2. second',
    '> a quoted line',
    '~~struck~~ and `code`',
  ].join('\n\n');

  it('round-trips Markdown in the supported subset unchanged', () => {
    expect(noteFromMarkdown(CANONICAL).markdown).toBe(CANONICAL);
    expect(noteFromMarkdown(noteFromMarkdown(CANONICAL).markdown).markdown).toBe(CANONICAL);
  });

  it('reads underscore emphasis and writes the star form', () => {
    expect(noteFromMarkdown('__bold__ and _italic_').markdown).toBe('**bold** and *italic*');
  });

  it('keeps Arabic with an embedded English sentence exactly, formatting included', () => {
    const markdown =
      'قال الكاتب: **The margin is where reading happens.** ثم مضى.\n\n- بند *أول*\n- second item';
    const note = noteFromMarkdown(markdown);
    expect(note.markdown).toBe(markdown);
    expect(note.text).toBe(
      'قال الكاتب: The margin is where reading happens. ثم مضى.\n\nبند أول\n\nsecond item',
    );
  });

  it('serializes a 100,000-character note', () => {
    const line = 'هذه فقرة **طويلة** في ملاحظة، with some English too. ';
    const paragraphs = Array.from({ length: 42 }, () => line.repeat(Math.ceil(2600 / line.length)).trim());
    const markdown = paragraphs.join('\n\n');
    const editor = createHeadlessNoteEditor();
    editor.update(() => $convertFromMarkdownString(markdown, NOTE_TRANSFORMERS), { discrete: true });

    // The first call pays for JIT warm-up; later ones are what a long editing session sees.
    const timings: number[] = [];
    let note = EMPTY_NOTE;
    for (let run = 0; run < 5; run++) {
      const started = performance.now();
      note = noteFromEditorState(editor.getEditorState());
      timings.push(performance.now() - started);
    }
    console.info(
      `noteFromEditorState, ${note.text.length} characters: first ${timings[0]?.toFixed(1)} ms, ` +
        `best of 5 ${Math.min(...timings).toFixed(1)} ms`,
    );

    expect(note.text.length).toBeGreaterThanOrEqual(100_000);
    expect(note.markdown).toBe(markdown);
  });
});
