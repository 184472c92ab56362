import { showQuestion } from './class-view-helpers';
import { expect, openReader, screenshot, test } from './fixtures';
import { readFileSync, writeFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  addAndPickReader,
  answerAndExport,
  askQuestion,
  highlightPhrase,
  margin,
  openMarginTab,
  openThroughLibrary,
  savedFile,
  type SavedFile,
} from './classroom-helpers';

/** No serious or critical axe violation in the margin, light and dark. */
async function expectAccessibleMargin(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).include('#margin').analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

/** Compares with a golden file; UPDATE_GOLDEN=1 writes it instead (then read it before committing). */
function expectGolden(actual: string, path: string): void {
  if (process.env.UPDATE_GOLDEN) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const QUESTIONS = [
  { block: 'p-1', phrase: 'الزعيم الصيني نظيره الكازاخستاني', prompt: 'لماذا اتصل الزعيم الصيني بنظيره؟' },
  { block: 'p-3', phrase: 'يراقب الأحداث في أراضي جاره', prompt: 'ما الذي تراقبه الصين؟' },
  {
    block: 'p-4',
    phrase: 'شراكة اقتصادية مهمة',
    prompt: 'أيّ وصف يناسب العلاقة؟',
    choices: ['شراكة اقتصادية', 'عداء', 'حياد'],
  },
];

/** The teacher's side: two guiding highlights, three questions (one multiple choice), exported as a file. */
async function teacherPreparesPack(page: Page): Promise<SavedFile> {
  await openReader(page);
  await highlightPhrase(page, 'p-2', 'ثورة ملونة', 'الأزرق');
  await highlightPhrase(page, 'p-11', 'شركة Cameco التي', 'الأصفر');
  await margin(page).getByRole('button', { name: 'إجراءات' }).click();
  await margin(page).getByRole('button', { name: 'أعدّ حزمة قراءة للصف' }).click();
  await expect(margin(page).getByRole('tab', { name: 'حزمة القراءة' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await margin(page).getByRole('textbox', { name: 'اسم المعلّم' }).fill('الأستاذة سلمى');
  await margin(page).getByRole('textbox', { name: 'تعليمات للطلاب' }).fill('اقرأ المقال ثم أجب عن الأسئلة.');
  await margin(page).getByRole('button', { name: 'اختر كل التظليلات' }).click();
  await expect(margin(page).getByRole('checkbox', { checked: true })).toHaveCount(2);
  for (const question of QUESTIONS) {
    await askQuestion(page, question.block, question.phrase, question.prompt, question.choices);
  }
  return savedFile(page, () => margin(page).getByRole('button', { name: 'صدّر الحزمة…' }).click());
}

test('a teacher prepares a reading pack; a student opens it, answers and hands the answers back', async ({
  page,
  browser,
}) => {
  const pack = await teacherPreparesPack(page);
  expect(pack.name).toMatch(/\.hamish$/);
  const packJson = JSON.parse(pack.buffer.toString('utf8'));
  expect(packJson.questions.map((q: { motivation: string }) => q.motivation)).toEqual([
    'questioning',
    'questioning',
    'questioning',
  ]);
  expect(packJson.guide).toHaveLength(2);
  await screenshot(page, 'classroom-pack-editor-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'classroom-pack-editor-dark');
  await expectAccessibleMargin(page);
  await page.emulateMedia({ colorScheme: 'light' });

  const student = await browser.newContext({ locale: 'ar', viewport: { width: 1360, height: 900 } });
  const studentPage = await student.newPage();
  await openReader(studentPage);
  await openThroughLibrary(studentPage, [pack]);
  await expect(margin(studentPage).getByRole('tab', { name: 'حزمة القراءة' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await studentPage.getByRole('button', { name: 'أخفِ ما انتهى' }).click();
  const questions = margin(studentPage).locator('.student-question');
  await expect(questions).toHaveCount(3);
  await expect(questions.nth(0)).toContainText(QUESTIONS[0]!.prompt);
  await expect(margin(studentPage).getByRole('status').filter({ hasText: 'أجبت عن 0 من 3' })).toBeVisible();
  // The teacher's layer is painted, apart from the student's own highlights.
  const painted = await studentPage.evaluate(() => ({
    guide: CSS.highlights.get('hamish-guide-blue')?.size ?? 0,
    questions: CSS.highlights.get('hamish-question')?.size ?? 0,
    own: CSS.highlights.get('hamish-blue')?.size ?? 0,
  }));
  expect(painted).toEqual({ guide: 1, questions: 3, own: 0 });

  await questions.nth(0).getByRole('button', { name: 'اكتب إجابتك' }).click();
  await expect(questions.nth(0).getByRole('textbox', { name: 'إجابتك عن السؤال 1' })).toBeFocused();
  await studentPage.keyboard.type('لتعزيز الشراكة بين البلدين.');
  await questions.nth(0).getByRole('button', { name: 'تمّ' }).click();
  await questions.nth(2).getByRole('radio', { name: 'شراكة اقتصادية' }).click();
  await expect(questions.nth(2).getByRole('radio', { name: 'شراكة اقتصادية' })).toBeChecked();
  await expect(margin(studentPage).getByRole('status').filter({ hasText: 'أجبت عن 2 من 3' })).toBeVisible();
  await screenshot(studentPage, 'classroom-student-margin-light');
  await studentPage.emulateMedia({ colorScheme: 'dark' });
  await screenshot(studentPage, 'classroom-student-margin-dark');
  await expectAccessibleMargin(studentPage);
  await studentPage.emulateMedia({ colorScheme: 'light' });

  // Reopening the same pack keeps the work.
  await openThroughLibrary(studentPage, [pack]);
  await expect(studentPage.locator('.import-state')).toContainText('مفتوحة من قبل');
  await studentPage.getByRole('button', { name: 'أخفِ ما انتهى' }).click();
  await expect(margin(studentPage).locator('.student-question').nth(0)).toContainText('لتعزيز الشراكة');

  await margin(studentPage).getByRole('textbox', { name: 'اسمك' }).fill('مريم');
  const answers = await savedFile(studentPage, () =>
    margin(studentPage).getByRole('button', { name: 'صدّر إجاباتي…' }).click(),
  );
  expect(answers.name).toMatch(/مريم\.hamish-answers$/);
  const answersJson = JSON.parse(answers.buffer.toString('utf8'));
  expect(answersJson.creator.name).toBe('مريم');
  await student.close();
});

test('a whole class: three readers on one laptop and one on another hand in answers the teacher reads at a glance', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const pack = await teacherPreparesPack(page);

  const laptop = await browser.newContext({ locale: 'ar', viewport: { width: 1360, height: 900 } });
  const shared = await laptop.newPage();
  await openReader(shared);
  await openThroughLibrary(shared, [pack]);
  await shared.getByRole('button', { name: 'أخفِ ما انتهى' }).click();
  const files: SavedFile[] = [];
  for (const [index, name] of ['مريم', 'يوسف', 'ليلى'].entries()) {
    await addAndPickReader(shared, name);
    await highlightPhrase(shared, 'p-2', 'ثورة ملونة', 'الأخضر');
    if (index < 2) await highlightPhrase(shared, 'p-5', 'الدولة الشاسعة', 'الأخضر');
    files.push(
      await answerAndExport(shared, {
        text: { 0: `إجابة ${name} عن السؤال الأول.`, 1: `إجابة ${name} عن السؤال الثاني.` },
        choice: { 2: 'شراكة اقتصادية' },
      }),
    );
  }

  const other = await browser.newContext({ locale: 'ar', viewport: { width: 1360, height: 900 } });
  const second = await other.newPage();
  await openReader(second);
  await openThroughLibrary(second, [pack]);
  await second.getByRole('button', { name: 'أخفِ ما انتهى' }).click();
  await highlightPhrase(second, 'p-2', 'ثورة ملونة', 'الأصفر');
  await highlightPhrase(second, 'p-6', 'استثمرت الصين', 'الأصفر');
  // عمر skips the second question.
  files.push(
    await answerAndExport(second, { text: { 0: 'إجابة عمر.' }, choice: { 2: 'حياد' }, name: 'عمر' }),
  );
  expect(files.map((file) => file.name)).toHaveLength(4);
  expect(new Set(files.map((file) => JSON.parse(file.buffer.toString('utf8')).id)).size).toBe(4);

  await openMarginTab(page, 'إجابات الصف');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'استورد الإجابات…' }).click();
  await (await chooser).setFiles([...files, files[0]!]);
  await expect(page.locator('.class-outcomes').getByRole('listitem')).toHaveCount(5);
  await expect(page.locator('.class-outcomes')).toContainText('مستورد من قبل، لم يتغيّر شيء.');

  const questions = page.locator('.class-question');
  await expect(questions).toHaveCount(3);
  // The answers are a virtual list: each question is brought into view before its cards are counted.
  await expect((await showQuestion(page, 0)).locator('.class-answer')).toHaveCount(4);
  const skipped = await showQuestion(page, 1);
  await expect(skipped.locator('.class-answer')).toHaveCount(3);
  await expect(skipped.locator('.class-missing')).toHaveText('لم يُجب: عمر');
  await expect((await showQuestion(page, 2)).locator('.class-answer')).toHaveCount(4);
  await page.locator('#margin .margin-pane').evaluate((pane) => pane.scrollTo({ top: 0 }));
  await expect(page.locator('.class-heat-list summary')).toHaveText([
    'الفقرة 2: ظلّلها 4 من 4 طلاب',
    'الفقرة 5: ظلّلها 2 من 4 طلاب',
    'الفقرة 6: ظلّلها 1 من 4 طلاب',
  ]);
  await screenshot(page, 'classroom-class-view-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'classroom-class-view-dark');
  await page.emulateMedia({ colorScheme: 'light' });

  const summary = await savedFile(page, () => page.getByRole('button', { name: 'صدّر ملخص الصف' }).click());
  expectGolden(summary.buffer.toString('utf8'), 'tests/fixtures/classroom/class-summary-e2e.golden.md');

  // Projector mode steps through the paragraphs by keyboard, with the class's heat and questions.
  await page.locator('article[data-reader-article]').focus();
  await page.keyboard.press('KeyP');
  await expect(page.locator('html[data-projector]')).toHaveCount(1);
  await page.keyboard.press('Home');
  await expect(page.locator('.class-heatmap')).toBeHidden();
  const current = page.locator('[aria-current="step"]');
  await expect(current).toHaveAttribute('data-block-id', 'p-1');
  await expect(page.locator('.projector-layers')).toContainText(QUESTIONS[0]!.prompt);
  await page.keyboard.press('PageDown');
  await expect(current).toHaveAttribute('data-block-id', 'p-2');
  await expect(page.locator('.projector-layers')).toContainText('4');
  await page.keyboard.press('ArrowLeft');
  await expect(current).toHaveAttribute('data-block-id', 'p-3');
  await page.keyboard.press('PageUp');
  await expect(current).toHaveAttribute('data-block-id', 'p-2');
  await screenshot(page, 'classroom-projector-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'classroom-projector-dark');
  await page.keyboard.press('Escape');
  await expect(page.locator('html[data-projector]')).toHaveCount(0);

  // The English interface over the Arabic text: the class view and the pack editor, light and dark.
  await page.getByRole('button', { name: 'Switch the interface to English' }).click();
  await expect(margin(page).getByRole('tab', { name: 'Class answers' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await openMarginTab(page, 'Class answers');
    await screenshot(page, `classroom-class-view-en-${scheme}`);
    await openMarginTab(page, 'Reading pack');
    await screenshot(page, `classroom-pack-editor-en-${scheme}`);
  }
  await laptop.close();
  await other.close();
});

test('broken, hostile and misplaced classroom files are refused with a reason, and nothing stored changes', async ({
  page,
}) => {
  const pack = await teacherPreparesPack(page);
  const json = JSON.parse(pack.buffer.toString('utf8'));
  const file = (name: string, content: string): SavedFile => ({
    name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(content),
  });
  await openThroughLibrary(page, [
    file('cut.hamish', pack.buffer.toString('utf8').slice(0, 500)),
    file('future.hamish', JSON.stringify({ ...json, formatVersion: 99 })),
    file('repeated.hamish', JSON.stringify({ ...json, questions: [...json.questions, json.questions[0]] })),
    file('answers.hamish-answers', JSON.stringify({ ...json, type: 'hamish:AnswerFile' })),
  ]);
  await expect(page.locator('.import-item')).toHaveCount(4);
  for (const state of [
    'في الملف بيانات تالفة (truncated)، فلم يُفتح ولم يتغيّر شيء.',
    'صُنع هذا الملف بإصدار أحدث من هامش. حدّث هامش ثم افتحه.',
    'في الملف عناصر مكرّرة المعرّف، فلم يُفتح ولم يتغيّر شيء.',
  ]) {
    await expect(page.locator('.import-state.error').filter({ hasText: state })).toHaveCount(1);
  }
  await expect(page.locator('.import-state.error')).toHaveCount(4);
  // The library still holds the bundled article alone, and the teacher's pack is as it was.
  await expect(page.locator('.library-item')).toHaveCount(1);
  await page.locator('.library-card').first().click();
  await openMarginTab(page, 'حزمة القراءة');
  await expect(margin(page).locator('.pack-question')).toHaveCount(3);
  await expect(margin(page).getByRole('checkbox', { checked: true })).toHaveCount(2);
});

test('what a teacher types into a pack survives closing the window right after the last keystroke', async ({
  context,
}) => {
  const page = await context.newPage();
  await openReader(page);
  await margin(page).getByRole('button', { name: 'إجراءات' }).click();
  await margin(page).getByRole('button', { name: 'أعدّ حزمة قراءة للصف' }).click();
  await margin(page).getByRole('textbox', { name: 'تعليمات للطلاب' }).click();
  await page.keyboard.type('اقرأ الفقرة الأولى بتمهّل');
  await page.close();

  const again = await context.newPage();
  await openReader(again);
  await openMarginTab(again, 'حزمة القراءة');
  await expect(margin(again).getByRole('textbox', { name: 'تعليمات للطلاب' })).toHaveValue(
    'اقرأ الفقرة الأولى بتمهّل',
  );
});
