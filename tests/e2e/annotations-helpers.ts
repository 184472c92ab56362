import { expect, type Page } from '@playwright/test';

/** Selects `phrase` (the n-th occurrence) inside the article's block `blockId`, as a reader's drag would. */
export async function selectPhrase(
  page: Page,
  blockId: string,
  phrase: string,
  toPhrase?: { blockId: string; phrase: string },
) {
  await page.evaluate(
    ({ blockId, phrase, toPhrase }) => {
      const textOf = (id: string) =>
        document.querySelector(`article[data-reader-article] [data-block-id="${id}"]`)?.firstChild as Text;
      const startNode = textOf(blockId);
      startNode.parentElement!.scrollIntoView({ block: 'center' });
      const range = document.createRange();
      const start = startNode.data.indexOf(phrase);
      if (start < 0) throw new Error(`"${phrase}" not in ${blockId}`);
      range.setStart(startNode, start);
      if (toPhrase) {
        const endNode = textOf(toPhrase.blockId);
        range.setEnd(endNode, endNode.data.indexOf(toPhrase.phrase) + toPhrase.phrase.length);
      } else {
        range.setEnd(startNode, start + phrase.length);
      }
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    { blockId, phrase, toPhrase },
  );
  await expect(page.getByRole('toolbar', { name: /أدوات التظليل|Highlight tools/ })).toBeVisible();
}

/** Text of every range painted in a colour's CSS highlight, in document order. */
export function paintedTexts(page: Page, color: string): Promise<string[]> {
  return page.evaluate((name) => {
    const highlight = CSS.highlights.get(`hamish-${name}`);
    if (!highlight) return [];
    return [...highlight]
      .map((range) => {
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return {
          order: live.startContainer.parentElement?.getAttribute('data-start') ?? '',
          offset: live.startOffset,
          text: live.toString(),
        };
      })
      .sort((a, b) => Number(a.order) - Number(b.order) || a.offset - b.offset)
      .map((r) => r.text);
  }, color);
}

export function card(page: Page, quoteStart: string) {
  return page.locator('.annotation-card').filter({ hasText: quoteStart });
}
