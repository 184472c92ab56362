import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openReader, screenshot, test } from './fixtures';
import { paintedTexts, selectPhrase } from './annotations-helpers';

// A classroom projector's usual picture.
test.use({ viewport: { width: 1280, height: 720 } });

const ARTICLE = 'article[data-reader-article]';
const PHRASE = 'الزعيم الصيني نظيره الكازاخستاني';

const inFocus = (page: Page) => page.locator(`${ARTICLE} [aria-current="step"]`);

/** The article's paragraphs, in reading order: what the projector steps through. */
const paragraphIds = (page: Page) =>
  page
    .locator(`${ARTICLE} p[data-block-id]`)
    .evaluateAll((ps) => ps.map((p) => p.getAttribute('data-block-id')));

/** A key pressed on the Arabic layout, as the browser reports it: the typed character and the physical key. */
async function pressOnArticle(page: Page, key: string, code: string): Promise<void> {
  await page.locator(ARTICLE).focus();
  await page.evaluate(
    (init) =>
      document.activeElement!.dispatchEvent(
        new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true }),
      ),
    { key, code },
  );
}

/** Enters projector mode with ح, what the Arabic layout types on the P key. */
const pressArabicP = (page: Page) => pressOnArticle(page, 'ح', 'KeyP');

/** WCAG contrast of the paragraph in focus against the page behind it. */
function focusContrast(page: Page): Promise<number> {
  return inFocus(page).evaluate((element) => {
    const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const luminance = (css: string) => {
      const [r = 0, g = 0, b = 0] = channels(css).map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const text = luminance(getComputedStyle(element).color);
    const page = luminance(getComputedStyle(document.body).backgroundColor);
    return (Math.max(text, page) + 0.05) / (Math.min(text, page) + 0.05);
  });
}

async function expectInFocus(page: Page, id: string | null, position: string): Promise<void> {
  await expect(inFocus(page)).toHaveCount(1);
  await expect(inFocus(page)).toHaveAttribute('data-block-id', id ?? '');
  await expect(inFocus(page)).toBeInViewport();
  await expect(page.getByTestId('announcer')).toHaveText(position);
}

async function expectSeriousViolations(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${where}: ${serious.map((v) => v.id).join(', ')}`).toEqual([]);
}

test.describe('projector mode', () => {
  test('opens from the reading controls, steps by arrow, clicker and Home/End, and Esc comes back', async ({
    page,
  }) => {
    await openReader(page);
    const ids = await paragraphIds(page);
    const count = ids.length;
    expect(count).toBeGreaterThan(5);
    const settings = page.getByRole('button', { name: 'إعدادات القراءة' });
    await settings.click();
    const open = page.getByRole('button', { name: 'وضع العرض للصف' });
    await open.scrollIntoViewIfNeeded();
    await screenshot(page, 'projector-entry-ar-light');
    await open.click();

    await expect(page.locator('html')).toHaveAttribute('data-projector', 'plain');
    for (const chrome of ['.app-header', '#margin', '.find-row', '.shortcut-hint', '.related'])
      await expect(page.locator(chrome), chrome).toBeHidden();
    await expect(page.getByTestId('announcer')).toContainText(`الفقرة 1 من ${count}`);
    await expect(inFocus(page)).toHaveAttribute('data-block-id', ids[0]!);
    await expect(inFocus(page)).toBeInViewport();

    // Legible from the back of the room: 32 px at least, and AAA contrast for the paragraph in focus.
    const fontSize = await inFocus(page).evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(32);
    expect(await focusContrast(page)).toBeGreaterThanOrEqual(7);

    await page.keyboard.press('ArrowLeft');
    await expectInFocus(page, ids[1]!, `الفقرة 2 من ${count}`);
    await page.keyboard.press('PageDown');
    await expectInFocus(page, ids[2]!, `الفقرة 3 من ${count}`);
    await page.keyboard.press('PageUp');
    await expectInFocus(page, ids[1]!, `الفقرة 2 من ${count}`);
    await page.keyboard.press('End');
    await expectInFocus(page, ids[count - 1]!, `الفقرة ${count} من ${count}`);
    await page.keyboard.press('Home');
    await expectInFocus(page, ids[0]!, `الفقرة 1 من ${count}`);
    await page.keyboard.press('Space');
    await expectInFocus(page, ids[1]!, `الفقرة 2 من ${count}`);
    // The paragraph in focus comes to rest in the middle of the screen.
    const middle = () =>
      inFocus(page).evaluate((p) => {
        const { top, bottom } = p.getBoundingClientRect();
        return (top + bottom) / 2 / innerHeight;
      });
    await expect.poll(async () => Math.abs((await middle()) - 0.5)).toBeLessThan(0.1);

    await expectSeriousViolations(page, 'projector mode');

    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveAttribute('data-projector');
    await expect(page.locator('.app-header')).toBeVisible();
    await expect(inFocus(page)).toHaveCount(0);
    await expect(settings).toBeFocused();

    // The library has no article to project: the reading controls do not offer it there.
    await page.getByRole('button', { name: 'المكتبة' }).click();
    await settings.click();
    await expect(page.getByRole('switch', { name: 'أظهر التشكيل' })).toBeVisible();
    await expect(open).toHaveCount(0);
  });

  test('ح on the P key opens it over the highlights; Esc gives the article its focus back', async ({
    page,
  }) => {
    await openReader(page);
    await selectPhrase(page, 'p-1', PHRASE);
    await pressOnArticle(page, '٣', 'Digit3');
    await expect.poll(() => paintedTexts(page, 'blue')).toEqual([PHRASE]);
    await page.evaluate(() => window.scrollTo(0, 0));
    const ids = await paragraphIds(page);

    await pressArabicP(page);
    await expect(page.locator('html')).toHaveAttribute('data-projector', 'plain');
    await expect(inFocus(page)).toHaveAttribute('data-block-id', ids[0]!);
    // The reader's painter still paints: the highlight is there in projector mode.
    expect(await paintedTexts(page, 'blue')).toEqual([PHRASE]);
    await page.keyboard.press('ArrowDown');
    await expectInFocus(page, ids[1]!, `الفقرة 2 من ${ids.length}`);
    // The strip appears when the mouse moves, and its buttons step too.
    await page.mouse.move(640, 360);
    await page.mouse.move(660, 380);
    const strip = page.getByRole('group', { name: 'أدوات وضع العرض' });
    await expect(strip).toHaveCSS('opacity', '1');
    await strip.getByRole('button', { name: 'الفقرة السابقة' }).click();
    await expectInFocus(page, ids[0]!, `الفقرة 1 من ${ids.length}`);

    await page.keyboard.press('Escape');
    await expect(page.locator('html')).not.toHaveAttribute('data-projector');
    await expect(page.locator(ARTICLE)).toBeFocused();
  });

  test('the keyboard map lists its keys as the Arabic layout labels them', async ({ page }) => {
    await page.addInitScript(() => {
      const layout = new Map([
        ['KeyP', 'ح'],
        ['KeyM', 'ة'],
      ]);
      Object.defineProperty(Navigator.prototype, 'keyboard', {
        configurable: true,
        get: () => ({ getLayoutMap: () => Promise.resolve(layout) }),
      });
    });
    await openReader(page);
    await pressOnArticle(page, '؟', 'Slash');
    const dialog = page.getByRole('dialog', { name: 'اختصارات لوحة المفاتيح' });
    await expect(dialog.getByRole('row', { name: /وضع العرض للصف/ })).toContainText('ح (P)');
    await expect(dialog.getByRole('row', { name: /خريطة تظليل الصف/ })).toContainText('ة (M)');
    await expect(dialog.getByRole('row', { name: /الفقرة التالية/ })).toContainText('PageDown');
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`reads at 7:1 or better, chrome hidden (Arabic UI, ${theme} theme)`, async ({ page }) => {
      await page.addInitScript((choice) => localStorage.setItem('hamish.theme', choice), theme);
      await openReader(page);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await selectPhrase(page, 'p-1', PHRASE);
      await pressOnArticle(page, '١', 'Digit1');
      await page.evaluate(() => window.scrollTo(0, 0));
      await pressArabicP(page);
      await page.keyboard.press('ArrowLeft');
      await expect(inFocus(page)).toBeInViewport();
      expect(await focusContrast(page)).toBeGreaterThanOrEqual(7);
      await expectSeriousViolations(page, theme);
      await screenshot(page, `projector-ar-${theme}`);
    });
  }
});
