import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isRangeSelection, $getSelection, type LexicalEditor } from 'lexical';
import noteCss from '@renderer/notes/note-editor.css?inline';
import { I18nProvider } from '@renderer/i18n/I18nProvider';
import { NoteEditor } from '@renderer/notes/NoteEditor';
import { noteFromMarkdown } from '@renderer/notes/note-serialization';
import { defineBench, median, nextPaint } from '../support/bench-page';

const KEYSTROKES = 40;
// Markdown length; the plain text comes out just over 100,000 characters.
const LONG_NOTE_CHARS = 106_000;

/** A long Arabic note with an English line now and then, in paragraphs, as a researcher's notes grow. */
function longNoteMarkdown(): string {
  const paragraph =
    'تتمتع الصين وكازاخستان بشراكة **اقتصادية** مهمة، وهي مصدر الصين ما يقرب من خمس وارداتها من الغاز. ' +
    'See the _Global Times_ piece, 7 January 2022.';
  const paragraphs: string[] = [];
  let length = 0;
  while (length < LONG_NOTE_CHARS) {
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/** Mounts a NoteEditor holding `initialState`, types KEYSTROKES characters at its end, and times each to the next paint. */
async function typeInto(initialState: string | null): Promise<number[]> {
  const container = document.createElement('div');
  document.body.append(container);
  let editor: LexicalEditor | null = null;
  function Capture() {
    [editor] = useLexicalComposerContext();
    return null;
  }
  const root = createRoot(container);
  root.render(
    createElement(I18nProvider, {
      children: createElement(NoteEditor, {
        initialState,
        onChange: () => undefined,
        label: 'bench',
        children: createElement(Capture),
      }),
    }),
  );
  while (!editor) await nextPaint();
  const target = editor as LexicalEditor;
  target.update(() => $getRoot().selectEnd(), { discrete: true });
  await nextPaint();
  const times: number[] = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const start = performance.now();
    target.update(() => {
      const selection = $getSelection();
      if ($isRangeSelection(selection)) selection.insertText(i % 5 === 4 ? ' ' : 'ب');
    });
    await nextPaint();
    times.push(performance.now() - start);
  }
  root.unmount();
  container.remove();
  return times;
}

defineBench(async () => {
  const style = document.createElement('style');
  style.textContent = noteCss;
  document.head.append(style);
  const long = noteFromMarkdown(longNoteMarkdown());
  await typeInto(null);
  const empty = await typeInto(null);
  const full = await typeInto(long.editorState);
  return {
    groups: [
      {
        name: `typing in a ${Math.round(long.text.length / 1000)}k-character note`,
        // A long note may cost at most twice an empty one per keystroke: both stay within a frame or two.
        maxRatio: 2,
        measures: [
          { label: 'keystroke to next paint, long note', ms: median(full) },
          { label: 'same, empty note', ms: median(empty), baseline: true },
        ],
        notes: [
          `${KEYSTROKES} characters typed at the end through the Lexical editor the margin uses (autosave debounced, not per keystroke); medians`,
          `slowest keystroke: long note ${Math.max(...full).toFixed(1)} ms, empty note ${Math.max(...empty).toFixed(1)} ms`,
        ],
      },
    ],
  };
});
