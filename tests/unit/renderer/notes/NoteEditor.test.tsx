// @vitest-environment jsdom
import { $createListItemNode, $createListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $createQuoteNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  FORMAT_TEXT_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@renderer/i18n/I18nProvider';
import { NoteEditor } from '@renderer/notes/NoteEditor';
import { NOTE_SAVE_DELAY_MS, NOTE_SAVE_MAX_WAIT_MS } from '@renderer/notes/NoteSavePlugin';
import type { NoteBody } from '@shared/annotations/annotation-model';
import { noteFromMarkdown } from '@renderer/notes/note-serialization';
import { CHROMIUM_ARGS, chromiumPath } from '../../../support/chromium';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;
// jsdom does no layout; Lexical measures the caret to scroll it into view.
Range.prototype.getBoundingClientRect = () => new DOMRect();
Range.prototype.getClientRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;

/** Hands the test the editor the NoteEditor's composer made. */
function CaptureEditor({ onEditor }: { onEditor: (editor: LexicalEditor) => void }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    onEditor(editor);
  }, [editor, onEditor]);
  return null;
}

let container: HTMLDivElement;
let root: Root;
let editor: LexicalEditor;
let onChange: ReturnType<typeof vi.fn<(note: NoteBody) => void>>;

/** Async so Lexical's microtask commits (and the toolbar state they set) land inside act. */
async function mount(language: 'ar' | 'en' = 'ar', initialState: string | null = null) {
  localStorage.setItem('hamish.uiLanguage', language);
  await act(async () =>
    root.render(
      <I18nProvider>
        <NoteEditor initialState={initialState} onChange={onChange} label="Note on highlight 1">
          <CaptureEditor onEditor={(captured) => (editor = captured)} />
        </NoteEditor>
      </I18nProvider>,
    ),
  );
}

/** What typing does to the editor: inserts text at the caret (jsdom has no real input events). */
function type(text: string) {
  act(() =>
    editor.update(
      () => {
        const selection = $getSelection();
        if ($isRangeSelection(selection)) selection.insertText(text);
        else $getRoot().selectEnd().insertText(text);
      },
      { discrete: true },
    ),
  );
}

/** Focuses the text box with the caret at the end, as clicking into it would. */
async function placeCaretAtEnd() {
  await act(async () => editor.focus(undefined, { defaultSelection: 'rootEnd' }));
  act(() => editor.update(() => void $getRoot().selectEnd(), { discrete: true }));
}

function wait(ms: number) {
  act(() => vi.advanceTimersByTime(ms));
}

const button = (name: string) => container.querySelector<HTMLButtonElement>(`button[aria-label="${name}"]`)!;
/** Commands commit in a microtask, so clicks are awaited. */
const click = (target: HTMLElement) => act(async () => target.click());
const lastNote = () => onChange.mock.lastCall?.[0];

beforeEach(() => {
  vi.useFakeTimers();
  onChange = vi.fn<(note: NoteBody) => void>();
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  localStorage.clear();
  vi.useRealTimers();
});

describe('toolbar and text box', () => {
  it.each([
    [
      'ar',
      'تنسيق الملاحظة',
      ['غامق', 'مائل', 'قائمة نقطية', 'قائمة مرقّمة', 'اقتباس', 'تراجع', 'إعادة'],
      'اكتب ملاحظتك…',
    ],
    [
      'en',
      'Note formatting',
      ['Bold', 'Italic', 'Bulleted list', 'Numbered list', 'Quote', 'Undo', 'Redo'],
      'Write your note…',
    ],
  ] as const)('names everything in %s', async (language, toolbarName, buttonNames, placeholder) => {
    await mount(language);
    const toolbar = container.querySelector('[role="toolbar"]')!;
    expect(toolbar.getAttribute('aria-label')).toBe(toolbarName);
    const names = [...toolbar.querySelectorAll('button')].map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(buttonNames);

    const textbox = container.querySelector('[role="textbox"]')!;
    expect(textbox.getAttribute('aria-label')).toBe('Note on highlight 1');
    expect(textbox.getAttribute('aria-multiline')).toBe('true');
    expect(textbox.getAttribute('aria-placeholder')).toBe(placeholder);
    expect(toolbar.getAttribute('aria-controls')).toBe(textbox.id);
    expect(container.textContent).toContain(placeholder);
  });

  it('starts with nothing to undo or redo, and bold and italic off', async () => {
    await mount('en');
    expect(button('Undo').getAttribute('aria-disabled')).toBe('true');
    expect(button('Redo').getAttribute('aria-disabled')).toBe('true');
    expect(button('Bold').getAttribute('aria-pressed')).toBe('false');
    expect(button('Italic').getAttribute('aria-pressed')).toBe('false');
  });

  it('is one tab stop whose arrow keys follow the reading direction', async () => {
    await mount('ar');
    const buttons = [...container.querySelectorAll<HTMLButtonElement>('[role="toolbar"] button')];
    expect(buttons.map((b) => b.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1]);
    act(() => buttons[0]!.focus());
    const press = (key: string) =>
      act(
        () =>
          void document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })),
      );
    press('ArrowLeft'); // in Arabic, left is onward
    expect(document.activeElement).toBe(buttons[1]);
    expect(buttons[1]!.tabIndex).toBe(0);
    press('End');
    expect(document.activeElement).toBe(buttons[6]);
    press('ArrowLeft');
    expect(document.activeElement).toBe(buttons[0]);
  });
});

describe('saving', () => {
  it('calls onChange with the note once typing has paused, not per keystroke', async () => {
    await mount('en');
    await placeCaretAtEnd();
    type('Hel');
    wait(100);
    type('lo');
    wait(NOTE_SAVE_DELAY_MS - 1);
    expect(onChange).not.toHaveBeenCalled();
    wait(1);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(lastNote()).toMatchObject({ text: 'Hello', markdown: 'Hello' });
    expect(JSON.parse(lastNote()!.editorState!)).toHaveProperty('root');
  });

  it('saves during long unbroken typing at least every max-wait interval', async () => {
    await mount('en');
    await placeCaretAtEnd();
    for (let elapsed = 0; elapsed < NOTE_SAVE_MAX_WAIT_MS; elapsed += 100) {
      type('a');
      wait(100);
    }
    expect(onChange).toHaveBeenCalled();
  });

  it('does not call onChange for loading a note or moving the caret', async () => {
    await mount('en', noteFromMarkdown('stored **note**').editorState);
    await placeCaretAtEnd();
    wait(1000);
    expect(onChange).not.toHaveBeenCalled();
    expect(container.querySelector('[role="textbox"]')!.textContent).toBe('stored note');
  });

  it('flushes the pending change on unmount', async () => {
    await mount('en');
    await placeCaretAtEnd();
    type('last words');
    act(() => root.unmount());
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(lastNote()!.markdown).toBe('last words');
    root = createRoot(container);
  });

  it('flushes the pending change when the text box loses focus', async () => {
    await mount('en');
    await placeCaretAtEnd();
    type('before blur');
    act(() => void container.querySelector('[role="textbox"]')!.dispatchEvent(new FocusEvent('blur')));
    expect(lastNote()?.markdown).toBe('before blur');
  });

  it('reports the empty note when everything is deleted', async () => {
    await mount('en', noteFromMarkdown('gone soon').editorState);
    act(() =>
      editor.update(() => void $getRoot().clear().append($createParagraphNode()), { discrete: true }),
    );
    wait(NOTE_SAVE_DELAY_MS);
    expect(lastNote()).toEqual({ editorState: null, text: '', markdown: '' });
  });
});

describe('formatting', () => {
  it('clicking Bold then typing writes **bold**', async () => {
    await mount('en');
    await placeCaretAtEnd();
    await click(button('Bold'));
    expect(button('Bold').getAttribute('aria-pressed')).toBe('true');
    type('bold');
    wait(NOTE_SAVE_DELAY_MS);
    expect(lastNote()!.markdown).toBe('**bold**');
  });

  it('clicking Italic after some plain text writes *italic* for what follows', async () => {
    await mount('en');
    await placeCaretAtEnd();
    type('plain ');
    await click(button('Italic'));
    type('slanted');
    wait(NOTE_SAVE_DELAY_MS);
    expect(lastNote()!.markdown).toBe('plain *slanted*');
  });

  it.each([
    ['Bulleted list', '- item'],
    ['Numbered list', '1. item'],
    ['Quote', '> item'],
  ])('%s turns the paragraph into Markdown %j and back', async (name, markdown) => {
    await mount('en');
    await placeCaretAtEnd();
    type('item');
    await click(button(name));
    expect(button(name).getAttribute('aria-pressed')).toBe('true');
    wait(NOTE_SAVE_DELAY_MS);
    expect(lastNote()!.markdown).toBe(markdown);

    await click(button(name));
    expect(button(name).getAttribute('aria-pressed')).toBe('false');
    wait(NOTE_SAVE_DELAY_MS);
    expect(lastNote()!.markdown).toBe('item');
  });

  it('Undo and Redo take back and restore typing', async () => {
    await mount('en');
    await placeCaretAtEnd();
    type('typed');
    expect(button('Undo').getAttribute('aria-disabled')).toBeNull();
    await click(button('Undo'));
    expect(container.querySelector('[role="textbox"]')!.textContent).toBe('');
    expect(button('Redo').getAttribute('aria-disabled')).toBeNull();
    await click(button('Redo'));
    expect(container.querySelector('[role="textbox"]')!.textContent).toBe('typed');
  });

  it('ignores formats Markdown cannot carry, such as underline (Ctrl+U)', async () => {
    await mount('en');
    await placeCaretAtEnd();
    act(() => void editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline'));
    type('plain');
    wait(NOTE_SAVE_DELAY_MS);
    expect(lastNote()!.markdown).toBe('plain');
    const underlined = editor.read(() =>
      $getRoot()
        .getAllTextNodes()
        .filter((node) => node.hasFormat('underline')),
    );
    expect(underlined).toEqual([]);
  });
});

/** jsdom cannot resolve dir="auto"; Chromium, when installed, can. */
function installedChromium(): string | null {
  try {
    return chromiumPath();
  } catch {
    return null;
  }
}

describe('direction', () => {
  /** An Arabic note holding English: every block kind, one of each language. */
  async function mountMixedNote() {
    await mount('ar');
    act(() =>
      editor.update(
        () => {
          const paragraph = (text: string) => $createParagraphNode().append($createTextNode(text));
          const item = (text: string) => $createListItemNode().append($createTextNode(text));
          $getRoot()
            .clear()
            .append(
              paragraph('هذه ملاحظة بالعربية.'),
              paragraph('This paragraph is English.'),
              $createQuoteNode().append($createTextNode('اقتباس')),
              $createListNode('bullet').append(item('بند عربي'), item('An English item')),
            );
        },
        { discrete: true },
      ),
    );
    return container.querySelector('[role="textbox"]')!;
  }

  it('lets every block, list items included, take its own direction from its text', async () => {
    const blocks = [...(await mountMixedNote()).querySelectorAll('p, blockquote, ul, li')];
    expect(blocks.map((block) => block.tagName)).toEqual(['P', 'P', 'BLOCKQUOTE', 'UL', 'LI', 'LI']);
    // dir="auto": the browser picks RTL or LTR from each block's first strong character.
    expect(blocks.map((block) => block.getAttribute('dir'))).toEqual(Array(6).fill('auto'));
  });

  const chromium = installedChromium();
  it.skipIf(!chromium)(
    'renders Arabic blocks right to left and English ones left to right in Chromium',
    async () => {
      const html = (await mountMixedNote()).outerHTML;
      vi.useRealTimers();
      const { chromium: launcher } = await import('playwright-core');
      const browser = await launcher.launch({
        executablePath: chromium!,
        headless: true,
        args: CHROMIUM_ARGS,
      });
      try {
        const page = await browser.newPage();
        await page.setContent(`<html lang="ar" dir="rtl"><body>${html}</body></html>`);
        const directions = await page.$$eval('p, blockquote, li', (blocks) =>
          blocks.map((block) => [block.textContent, getComputedStyle(block).direction]),
        );
        expect(directions).toEqual([
          ['هذه ملاحظة بالعربية.', 'rtl'],
          ['This paragraph is English.', 'ltr'],
          ['اقتباس', 'rtl'],
          ['بند عربي', 'rtl'],
          ['An English item', 'ltr'],
        ]);
      } finally {
        await browser.close();
      }
    },
  );
});
