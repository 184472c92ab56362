import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, openReader, screenshot, test } from './fixtures';
import {
  answerFile,
  classPack,
  seedAuthorPack,
  seedDocument,
  showQuestion,
  STUDENTS,
} from './class-view-helpers';

const document = seedDocument();
const pack = classPack(document);
const [mona, sam, omar, layla] = STUDENTS.map((student) => answerFile(document, pack, student));

async function openClassView(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'إجابات الصف' }).click();
  await expect(page.getByRole('button', { name: 'استورد الإجابات…' })).toBeVisible();
}

async function importAnswers(page: Page, files: NonNullable<typeof mona>[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'استورد الإجابات…' }).click();
  await (await chooser).setFiles(files);
}

test.describe('the class view', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test.beforeEach(async ({ page }) => {
    await openReader(page);
    await seedAuthorPack(page, pack);
    await page.reload();
    await openClassView(page);
    await importAnswers(page, [mona!, sam!, omar!]);
    const outcomes = page.locator('.class-outcomes');
    await expect(outcomes.getByRole('listitem')).toHaveCount(3);
    await importAnswers(page, [layla!, mona!]);
    await expect(outcomes.getByRole('listitem')).toHaveText([
      'layla.hamish-answers: أُضيفت إجابات ليلى.',
      'mona.hamish-answers: مستورد من قبل، لم يتغيّر شيء.',
    ]);
  });

  test('shows every answer per question, who is missing, and the heat of each paragraph', async ({
    page,
  }) => {
    await expect(page.getByText('4 طلاب', { exact: true })).toBeVisible();
    // Every question's header is always there; the answers are rendered as the pane scrolls to them.
    const questions = page.locator('.class-question');
    await expect(questions).toHaveCount(3);
    const first = await showQuestion(page, 0);
    await expect(first.locator('.class-answer')).toHaveCount(4);
    await expect(first.locator('.class-answers > li').first()).toHaveAttribute('aria-setsize', '4');
    await expect(first.locator('.class-missing')).toHaveText('أجاب الجميع.');
    // A name that is markup is shown as the characters typed, never as an element.
    await expect(first.getByRole('heading', { name: '<b>Sam</b>' })).toBeVisible();
    await expect(page.locator('.class-view b')).toHaveCount(0);
    const second = await showQuestion(page, 1);
    await expect(second.locator('.class-answer')).toHaveCount(4);
    await expect(second.getByRole('article', { name: 'عمر' })).toContainText('اختار: السياحة');
    const third = await showQuestion(page, 2);
    await expect(third.locator('.class-answer')).toHaveCount(3);
    await expect(third.locator('.class-missing')).toHaveText('لم يُجب: عمر');

    // The heatmap beside the text, with its text equivalent in the margin.
    const bars = page.locator('.heat-bar');
    await expect(bars).toHaveCount(3);
    await expect(page.locator('.heat-bar[data-heat-block="p-2"]')).toHaveAccessibleName(
      'الفقرة 2: ظلّلها 4 من 4 طلاب',
    );
    await expect(page.locator('.heat-bar[data-heat-block="p-4"]')).toHaveAccessibleName(
      'الفقرة 4: ظلّلها 2 من 4 طلاب',
    );
    await expect(page.locator('.heat-bar[data-heat-block="p-6"]')).toHaveAccessibleName(
      'الفقرة 6: ظلّلها 1 من 4 طلاب',
    );
    const list = page.locator('.class-heat-list summary');
    await expect(list).toHaveText([
      'الفقرة 2: ظلّلها 4 من 4 طلاب',
      'الفقرة 4: ظلّلها 2 من 4 طلاب',
      'الفقرة 6: ظلّلها 1 من 4 طلاب',
    ]);
    // Each bar sits beside its paragraph, between the article and the margin.
    const bar = await page.locator('.heat-bar[data-heat-block="p-2"]').boundingBox();
    const paragraph = await page.locator('[data-block-id="p-2"]').boundingBox();
    expect(Math.abs(bar!.y - paragraph!.y)).toBeLessThan(2);
    expect(bar!.x + bar!.width).toBeLessThanOrEqual(paragraph!.x);

    // Enter on a bar lists who and what; Escape closes it and returns to the bar.
    await page.locator('.heat-bar[data-heat-block="p-6"]').focus();
    await page.keyboard.press('Enter');
    const popover = page.getByRole('group', { name: 'من ظلّل وماذا' });
    await expect(popover).toContainText('<b>Sam</b>');
    await expect(popover.locator('.heat-quote')).toHaveText(['استثمرت الصين']);
    await page.keyboard.press('Escape');
    await expect(popover).toHaveCount(0);
    await expect(page.locator('.heat-bar[data-heat-block="p-6"]')).toBeFocused();

    await page.getByRole('checkbox', { name: 'أظهر خريطة التظليل بجانب النص' }).uncheck();
    await expect(bars).toHaveCount(0);
    await page.getByRole('checkbox', { name: 'أظهر خريطة التظليل بجانب النص' }).check();

    // The filter shows one student's answers, and only their own gaps.
    await page.getByLabel('اعرض').selectOption({ label: 'عمر' });
    await expect(page.locator('.class-answer')).toHaveCount(2);
    await expect(page.locator('.class-answer-name')).toHaveText(['عمر', 'عمر']);
    await expect((await showQuestion(page, 2)).locator('.class-missing')).toHaveText('لم يُجب: عمر');
    await page.getByLabel('اعرض').selectOption({ label: 'كل الطلاب' });
    await showQuestion(page, 0);

    const axe = await new AxeBuilder({ page }).include('#margin').include('.class-heatmap').analyze();
    const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

    await page.locator('.heat-bar[data-heat-block="p-2"]').click();
    await screenshot(page, 'class-view-ar-light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshot(page, 'class-view-ar-dark');
    await page.keyboard.press('Escape');
    await showQuestion(page, 1);
    await screenshot(page, 'class-view-answers-ar-dark');
  });

  test("a newer file dropped on the view replaces the student's answers and keeps the earlier ones", async ({
    page,
  }) => {
    const newer = answerFile(
      document,
      pack,
      { ...STUDENTS[1]!, answers: { ...STUDENTS[1]!.answers, 1: { text: 'Peace at the border.' } } },
      new Date('2026-11-21T09:00:00.000Z'),
    );
    const dataTransfer = await page.evaluateHandle(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name));
        return transfer;
      },
      { name: 'sam-2.hamish-answers', text: newer.buffer.toString('utf8') },
    );
    await page.locator('.class-import').dispatchEvent('drop', { dataTransfer });
    await expect(page.locator('.class-outcomes').getByRole('listitem')).toHaveText([
      'sam-2.hamish-answers: حلّ محلّ ملف أقدم من <b>Sam</b>، والأقدم محفوظ في النسخ السابقة.',
    ]);
    // The drop was the class view's own: the library's import queue never saw it.
    await expect(page.locator('.import-panel')).toHaveCount(0);
    const samFirst = page.locator('.class-question').nth(0).getByRole('article', { name: '<b>Sam</b>' });
    await expect(samFirst.locator('.note-view').first()).toHaveText('Peace at the border.');
    await expect(page.locator('.class-question').nth(0).locator('.class-answer')).toHaveCount(4);
    await samFirst.getByText('نسخة سابقة').click();
    await expect(samFirst.locator('.class-earlier-version')).toContainText('Friendship.');
  });

  test('a mark stays after a reload, and the summary export carries the class', async ({ page }) => {
    const monaFirst = page.locator('.class-question').nth(0).getByRole('article', { name: 'منى' });
    const good = monaFirst.getByRole('button', { name: 'مثال جيد' });
    await good.click();
    await expect(good).toHaveAttribute('aria-pressed', 'true');
    await page.reload();
    await openClassView(page);
    await expect(
      page
        .locator('.class-question')
        .nth(0)
        .getByRole('article', { name: 'منى' })
        .getByRole('button', { name: 'مثال جيد' }),
    ).toHaveAttribute('aria-pressed', 'true');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'صدّر ملخص الصف' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/ملخص الصف\.md$/);
    const markdown = readFileSync((await file.path())!, 'utf8');
    expect(markdown).toContain('# ملخص الصف: ما هي مصالح الصين المهددة بسبب احداث كازاخستان 2022؟');
    expect(markdown).toContain('### السؤال 3');
    expect(markdown).toMatch(/\*\*لم يُجب:\*\* عمر/);
    expect(markdown).toMatch(/\*\*العلامة:\*\* مثال جيد/);
    expect(markdown).toMatch(/\*\*الفقرة 2\*\* · \*\*ظلّلها:\*\* 4/);
    expect(markdown).toMatch(/\*\*الفقرة 6\*\* · \*\*ظلّلها:\*\* 1/);
    expect(markdown).not.toContain('<b>Sam</b>');
  });
});
