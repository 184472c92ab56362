// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, expect, it } from 'vitest';
import { I18nProvider } from '@renderer/i18n/I18nProvider';
import { NoteEditor } from '@renderer/notes/NoteEditor';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;
// jsdom does no layout; Lexical measures the caret to scroll it into view.
Range.prototype.getBoundingClientRect = () => new DOMRect();
Range.prototype.getClientRects = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;

afterEach(() => document.body.replaceChildren());

/** A card's tag field, and the note editor opening (lazily) beside it. */
async function openNoteBeside(focusFirst: (field: HTMLInputElement) => void): Promise<HTMLInputElement> {
  const field = document.createElement('input');
  const host = document.createElement('div');
  document.body.append(field, host);
  focusFirst(field);
  await act(async () =>
    createRoot(host).render(
      <I18nProvider>
        <NoteEditor initialState={null} onChange={() => {}} label="note" autoFocus />
      </I18nProvider>,
    ),
  );
  return field;
}

it('takes the focus as it opens', async () => {
  await openNoteBeside(() => {});
  expect(document.activeElement?.classList.contains('note-editor__input')).toBe(true);
});

it('leaves it where the reader is already typing (a tag field)', async () => {
  const field = await openNoteBeside((input) => input.focus());
  expect(document.activeElement).toBe(field);
});
