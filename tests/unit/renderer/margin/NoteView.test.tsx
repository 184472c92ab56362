import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '@renderer/i18n/I18nProvider';
import { noteBlocks } from '@renderer/margin/note-blocks';
import { NoteView } from '@renderer/margin/NoteView';
import { noteFromMarkdown } from '@renderer/notes/note-serialization';
import { HOSTILE_NOTE_STATES } from '../../../support/hostile-note-states';

const render = (editorState: string | null, text: string, query = '') =>
  renderToStaticMarkup(
    <I18nProvider>
      <NoteView id="n" blocks={noteBlocks(editorState, text)} search={{ query, wholeWords: false }} />
    </I18nProvider>,
  );

const NOTE_ELEMENTS = new Set([
  'div',
  'p',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'br',
  'strong',
  'em',
  's',
  'code',
]);
const NOTE_ATTRIBUTES = new Set(['class', 'id', 'dir', 'start']);

describe('NoteView', () => {
  const note = noteFromMarkdown(
    '## خلاصة\n\nمصدر **مهم** و*مائل* و~~قديم~~ و`code`\n\n> اقتباس\n\n- أول\n- second\n\n1. واحد',
  );
  const html = render(note.editorState, note.text);

  it.each([
    ['a heading', '<h2 dir="auto">خلاصة</h2>'],
    ['bold', '<strong>مهم</strong>'],
    ['italic', '<em>مائل</em>'],
    ['strike', '<s>قديم</s>'],
    ['code', '<code>code</code>'],
    ['a quote', '<blockquote dir="auto">اقتباس</blockquote>'],
    [
      'a bullet list, each item taking its own direction',
      '<ul><li dir="auto">أول</li><li dir="auto">second</li></ul>',
    ],
    ['a numbered list', '<ol start="1"><li dir="auto">واحد</li></ol>'],
    ['paragraphs taking their own direction', '<p dir="auto">مصدر '],
  ])('renders %s', (_what, fragment) => {
    expect(html).toContain(fragment);
  });

  it('marks the searched words inside formatted text', () => {
    expect(render(note.editorState, note.text, 'مهم')).toContain(
      '<strong><mark class="search-mark">مهم</mark></strong>',
    );
  });

  it('renders a URL in a note as plain words', () => {
    const linked = noteFromMarkdown('انظر https://example.org/x');
    const out = render(linked.editorState, linked.text);
    expect(out).toContain('https://example.org/x');
    expect(out).not.toMatch(/<a\b|href=/);
  });

  it.each(
    HOSTILE_NOTE_STATES.filter((hostile) => hostile.editorState.length < 100_000).map(
      (h) => [h.name, h] as const,
    ),
  )('%s: renders words only, no links, styles or foreign elements', (_name, hostile) => {
    const out = render(hostile.editorState, hostile.fallbackText);
    const elements = new Set([...out.matchAll(/<(\w+)/g)].map((match) => match[1]));
    const attributes = new Set([...out.matchAll(/\s([\w-]+)=/g)].map((match) => match[1]));
    expect([...elements].filter((name) => !NOTE_ELEMENTS.has(name!))).toEqual([]);
    expect([...attributes].filter((name) => !NOTE_ATTRIBUTES.has(name!))).toEqual([]);
    const words = out.replace(/<[^>]*>/g, '');
    for (const forbidden of hostile.forbidden) expect(words).not.toContain(forbidden);
  });
});
