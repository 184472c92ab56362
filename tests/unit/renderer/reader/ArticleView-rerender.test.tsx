// @vitest-environment jsdom
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { expect, it, vi } from 'vitest';
import { chunkArticleBody } from '@shared/document/article-chunks';
import { I18nProvider } from '@renderer/i18n/I18nProvider';
import { ArticleView } from '@renderer/reader/ArticleView';
import { lessonDocument } from '../../../support/class-fixtures';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

// Counts the article's renders: each one lays its blocks out in chunks first.
vi.mock('@shared/document/article-chunks', async (original) => {
  const actual = await original<typeof import('@shared/document/article-chunks')>();
  return { ...actual, chunkArticleBody: vi.fn(actual.chunkArticleBody) };
});

it('does not render the article again when the reader around it re-renders (a save, a selection)', () => {
  const document = lessonDocument();
  let rerender = () => {};
  function Reader() {
    const [saves, setSaves] = useState(0);
    rerender = () => setSaves((count) => count + 1);
    return (
      <>
        <output>{saves}</output>
        <ArticleView document={document} />
      </>
    );
  }
  const host = window.document.createElement('div');
  const root = createRoot(host);
  act(() =>
    root.render(
      <I18nProvider>
        <Reader />
      </I18nProvider>,
    ),
  );
  const renders = vi.mocked(chunkArticleBody).mock.calls.length;
  expect(renders).toBeGreaterThan(0);
  act(() => rerender());
  act(() => rerender());
  expect(host.querySelector('output')?.textContent).toBe('2');
  expect(vi.mocked(chunkArticleBody).mock.calls.length).toBe(renders);
  expect(host.querySelectorAll('[data-block-id]').length).toBe(document.blocks.length);
  act(() => root.unmount());
});
