import seedRaw from '../../resources/library/china-interests-kazakhstan-2022.ar.txt?raw';
import seedManifest from '../../resources/library/china-interests-kazakhstan-2022.json?raw';
import classroomCss from '@renderer/classroom/pack/classroom.css?inline';
import classViewCss from '@renderer/classroom/class-view/class-view.css?inline';
import readersCss from '@renderer/classroom/readers/readers.css?inline';
import { CLASS_PANE_ID } from '@renderer/classroom/class-view/useClassPane';
import { PACK_PANE } from '@renderer/classroom/pack/useReadingPack';
import { QUESTION_HIGHLIGHT_NAME } from '@renderer/classroom/pack/useTeacherLayerPainting';
import { marginPaneId, marginTabId } from '@renderer/margin/MarginTabs';
import { noteFromMarkdown } from '@renderer/notes/note-serialization';
import { importAnswerFiles } from '@renderer/storage/answer-store';
import { getDb } from '@renderer/storage/db';
import { startPack } from '@renderer/storage/pack-store';
import { serializeAnswers } from '@shared/classroom/answers-file';
import type { ArticleDocument } from '@shared/document/document-model';
import { buildDocument, parseManifest } from '@shared/document/library';
import {
  afterNextFrame,
  count,
  defineCaseBench,
  median,
  rotatedOrder,
  type BenchMeasure,
  type CaseRun,
} from '../support/bench-page';
import { buildClassWorkload, type ClassWorkload } from '../support/class-workload';
import {
  benchPlatform,
  injectAppStyles,
  mountReader,
  paintedRanges,
  storeAnnotations,
  until,
} from '../support/reader-mount';

const STUDENTS = 40;
const QUESTIONS = 10;
const HIGHLIGHTS = 50;
/** Rounds of both cases, each in a fresh page, the cases taking turns going first. */
const ROUNDS = 4;
/** Measured openings per page, after one that warms the code, the fonts and the database up. */
const OPENINGS = 2;
const TIMEOUT_MS = 60_000;
const CASES = ['class-view', 'teacher-layer'] as const;
type Case = (typeof CASES)[number];

/** One opening, in milliseconds from the render of the reader. */
interface Opening {
  /** To the end of the frame that showed the last step: the class view answering a click, or the pack tab. */
  total: number;
  /** The article shown, the teacher's layer painted and the margin's tabs there. */
  reader: number;
  /** The tab clicked to its content complete: every question, the first screen of answers, the heatmap (or the pack). */
  tab: number;
  /** Class view only: a click on a heat bar to its list of students in the DOM. */
  response?: number;
  correct: number;
  checked: number;
  /** The checks that failed, by name. */
  wrong: string[];
}

/** A check made after the clock: what it checks, and whether the page showed it. */
type Check = [name: string, passed: boolean];

defineCaseBench<Opening[]>({
  cases: () => rotatedOrder(CASES, ROUNDS).map((name, turn) => `${name}:${turn}`),
  runCase: (id) => openCase(id.split(':')[0] as Case),
  summarize: (runs) => ({
    groups: [
      {
        id: 'class-view',
        name: `opening the class view of ${STUDENTS} students × ${QUESTIONS} questions × ${HIGHLIGHTS} highlights each`,
        measures: [
          measure(
            runs,
            'class-view',
            `Hamish, the class view: ${STUDENTS} answer files, ${count(STUDENTS * QUESTIONS)} answers, ${count(STUDENTS * HIGHLIGHTS)} highlights`,
          ),
          measure(
            runs,
            'teacher-layer',
            "the same document with the teacher's layer only (the pack, no answer files)",
          ),
        ],
        comparisons: [{ subject: 'class-view', against: ['teacher-layer'], kind: 'cost', target: 2 }],
        notes: [
          `the whole reader (ReaderScreen, the app's database) on the bundled article with the teacher's reading pack (${QUESTIONS} questions on ${QUESTIONS} paragraphs, 3 guide highlights); the clock runs from the reader's render to the end of the frame after the last step`,
          `class view: the reader shows the article with the questions painted and its margin tabs, then the "Class answers" tab is clicked; done when all ${QUESTIONS} questions' headers are rendered, the answers fill the pane's first screen laid out at their measured heights, every heat bar is drawn beside the text and a click on the hottest bar has opened its list of students. Baseline: the same reader and pack with no answer file, the pack tab clicked, done when it lists the ${QUESTIONS} questions`,
          `${STUDENTS} answer files built as a student's Hamish exports them (answers as Lexical notes, 3 questions multiple choice; ${HIGHLIGHTS} highlights of 1–8 words per student, over the paragraphs that student chose), imported through the class view's own import before the reader opens`,
          `every case in a fresh page: one opening to warm up, then ${OPENINGS} measured; ${ROUNDS} rounds, the cases taking turns going first; medians`,
          'checked after the clock, scrolling the pane from top to bottom: every question lists every student and nobody missing, each heat bar shows the number of students who highlighted its paragraph, the heatmap in words lists every such paragraph, the opened bar lists those students; the baseline paints every question and lists them in the pack tab',
        ],
      },
    ],
  }),
});

function measure(runs: CaseRun<Opening[]>[], id: Case, label: string): BenchMeasure {
  const openings = runs.filter((run) => run.id.startsWith(`${id}:`)).flatMap((run) => run.value);
  const at = (pick: (o: Opening) => number | undefined) =>
    median(openings.map(pick).filter((ms): ms is number => ms !== undefined)).toFixed(0);
  const steps = [
    `reader ready at ${at((o) => o.reader)} ms`,
    `tab clicked to complete in ${at((o) => o.tab)} ms`,
  ];
  if (id === 'class-view') steps.push(`a heat bar's click answered in ${at((o) => o.response)} ms`);
  return {
    id,
    label,
    role: id === 'class-view' ? 'hamish' : 'baseline',
    ...(id === 'class-view' ? {} : { source: 'Hamish itself, with no answer files' }),
    ms: median(openings.map((o) => o.total)),
    correct: Math.min(...openings.map((o) => o.correct)),
    checked: openings[0]?.checked ?? 0,
    mustBeCorrect: true,
    note: `${openings.length} openings (${openings.map((o) => o.total.toFixed(0)).join(', ')} ms); medians: ${steps.join(', ')}${wrongNote(openings)}`,
  };
}

function wrongNote(openings: readonly Opening[]): string {
  const wrong = [...new Set(openings.flatMap((o) => o.wrong))];
  return wrong.length === 0 ? '' : `; wrong: ${wrong.join('; ')}`;
}

/** The bundled article, built as the app builds it from its library. */
function bundledArticle(): ArticleDocument {
  return buildDocument(parseManifest(JSON.parse(seedManifest)), seedRaw);
}

async function openCase(kind: Case): Promise<Opening[]> {
  injectAppStyles();
  const style = document.createElement('style');
  style.textContent = [classroomCss, readersCss, classViewCss].join('\n');
  document.head.append(style);
  const article = bundledArticle();
  const workload = buildClassWorkload(article, {
    students: STUDENTS,
    questions: QUESTIONS,
    highlights: HIGHLIGHTS,
    noteFor: noteFromMarkdown,
  });
  await storeClass(article, workload, kind === 'class-view');
  const platform = benchPlatform(article);
  const openings: Opening[] = [];
  for (let run = 0; run <= OPENINGS; run++) {
    const opening = await openOnce(platform, article, workload, kind);
    if (run > 0) openings.push(opening);
  }
  return openings;
}

/** The teacher's library: their highlights, their pack, and for the class view every student's file imported. */
async function storeClass(article: ArticleDocument, workload: ClassWorkload, withAnswers: boolean) {
  const db = getDb();
  await Promise.all([db.classPacks.clear(), db.answerFiles.clear(), db.answerMarks.clear()]);
  await startPack(workload.pack, article.manifest.id);
  if (withAnswers) {
    const files = workload.files.map((file) => {
      const bytes = new TextEncoder().encode(serializeAnswers(file));
      return { name: `${file.reader.name}.hamish-answers`, size: bytes.length, bytes };
    });
    const outcomes = await importAnswerFiles(files, workload.pack.packId);
    const refused = outcomes.filter((outcome) => outcome.status !== 'added');
    if (refused.length > 0) throw new Error(`answer files not imported: ${JSON.stringify(refused[0])}`);
  }
  // Last: it also waits for the database to settle after the writes.
  await storeAnnotations(article.manifest.id, workload.teacherHighlights, true);
}

async function openOnce(
  platform: ReturnType<typeof benchPlatform>,
  article: ArticleDocument,
  workload: ClassWorkload,
  kind: Case,
): Promise<Opening> {
  const paneId = kind === 'class-view' ? CLASS_PANE_ID : PACK_PANE;
  const reader = await mountReader(platform, article.manifest.id);
  const { container, started } = reader;
  const find = (selector: string) => container.querySelector<HTMLElement>(selector);
  await until(
    () =>
      find('article [data-start]') !== null &&
      paintedRanges() > 0 &&
      (CSS.highlights.get(QUESTION_HIGHLIGHT_NAME)?.size ?? 0) >= QUESTIONS &&
      find(`#${marginTabId(paneId)}`) !== null,
    TIMEOUT_MS,
    'the reader did not show the article with the teacher’s layer and its margin tabs',
  );
  const ready = performance.now();
  find(`#${marginTabId(paneId)}`)!.click();
  const pane = `#${marginPaneId(paneId)}`;
  let response: number | undefined;
  let tabDone: number;
  const hottest = hottestBlock(workload);
  if (kind === 'class-view') {
    await until(
      () =>
        container.querySelectorAll(`${pane} .class-question-head`).length === QUESTIONS &&
        firstScreenShown(find(pane)!) &&
        container.querySelectorAll('.heat-bar').length === workload.expectedHeat.size,
      TIMEOUT_MS,
      'the class view did not show every question, its first screen of answers and every heat bar',
    );
    tabDone = performance.now();
    find(`.heat-bar[data-heat-block="${CSS.escape(hottest)}"]`)!.click();
    await until(() => find('.heat-popover') !== null, TIMEOUT_MS, 'a click on a heat bar opened nothing');
    response = performance.now() - tabDone;
  } else {
    await until(
      () => container.querySelectorAll(`${pane} .pack-question`).length === QUESTIONS,
      TIMEOUT_MS,
      'the pack tab did not list the questions',
    );
    tabDone = performance.now();
  }
  const { done } = await afterNextFrame();
  // Names the opening in a performance trace of the page.
  performance.measure(`${kind} opening`, { start: started, end: done });
  // Checked after the clock, so checking costs the measure nothing.
  const checks =
    kind === 'class-view' ? await checkClassView(container, workload, hottest) : checkPackTab(container);
  await reader.unmount();
  return {
    total: done - started,
    reader: ready - started,
    tab: tabDone - ready,
    ...(response !== undefined && { response }),
    correct: checks.filter(([, passed]) => passed).length,
    checked: checks.length,
    wrong: checks.filter(([, passed]) => !passed).map(([name]) => name),
  };
}

/** The block most students highlighted: the bar the bench clicks. */
function hottestBlock(workload: ClassWorkload): string {
  return [...workload.expectedHeat].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
}

/** The rows of the class view's virtual list, in order, as far as they are rendered one after another. */
function leadingRows(pane: Element): HTMLElement[] {
  const rows = [...pane.querySelectorAll<HTMLElement>('.class-row')].sort(
    (a, b) => Number(a.dataset.index) - Number(b.dataset.index),
  );
  const leading: HTMLElement[] = [];
  for (const row of rows) {
    if (Number(row.dataset.index) !== leading.length) break;
    leading.push(row);
  }
  return leading;
}

/**
 * The pane's first screen is filled with rows from the list's start, answers among them, each row at its
 * measured height: every row begins where the one before ends, and the last reaches the pane's foot.
 */
function firstScreenShown(pane: HTMLElement): boolean {
  const rows = leadingRows(pane);
  if (!rows.some((row) => row.querySelector('.class-answer'))) return false;
  const boxes = rows.map((row) => row.getBoundingClientRect());
  const settled = boxes.every(
    (box, index) => index === 0 || Math.abs(box.top - boxes[index - 1]!.bottom) < 1,
  );
  return settled && boxes.at(-1)!.bottom >= pane.getBoundingClientRect().bottom;
}

/** Per question, the names on the answer cards and whether "everyone answered" showed, the pane scrolled through. */
async function answersByScrolling(pane: HTMLElement) {
  const seen = new Map<number, { names: Set<string>; everyone: boolean; missing: boolean }>();
  const collect = () =>
    pane.querySelectorAll('.class-question').forEach((section, index) => {
      const entry = seen.get(index) ?? { names: new Set<string>(), everyone: false, missing: false };
      section
        .querySelectorAll('.class-answer-name')
        .forEach((name) => entry.names.add(name.textContent ?? ''));
      entry.everyone ||= section.querySelector('.class-missing.is-none') !== null;
      entry.missing ||= section.querySelector('.class-missing:not(.is-none)') !== null;
      seen.set(index, entry);
    });
  pane.scrollTop = 0;
  for (;;) {
    await afterNextFrame();
    await afterNextFrame();
    collect();
    if (pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 1) return seen;
    pane.scrollTop += pane.clientHeight * 0.8;
  }
}

/**
 * One check per question (every student's answer found scrolling the pane, nobody missing) and per heat bar
 * (the number of students who highlighted its block); one that the heatmap in words lists every such block,
 * one for the opened list.
 */
async function checkClassView(
  container: HTMLElement,
  workload: ClassWorkload,
  opened: string,
): Promise<Check[]> {
  const pane = container.querySelector<HTMLElement>(`#${marginPaneId(CLASS_PANE_ID)}`)!;
  const students = workload.files.map((file) => file.reader.name);
  const popover = container.querySelectorAll('.heat-popover .heat-readers > li').length;
  const seen = await answersByScrolling(pane);
  const questions = Array.from({ length: QUESTIONS }, (_, index): Check => {
    const entry = seen.get(index);
    const names = entry?.names ?? new Set<string>();
    const everyone = students.every((name) => names.has(name)) && names.size === STUDENTS;
    return [
      `question ${index + 1}: ${names.size} students answering`,
      everyone && entry?.everyone === true && !entry.missing,
    ];
  });
  const bars = [...workload.expectedHeat].map(([blockId, students]): Check => {
    const bar = container.querySelector(`.heat-bar[data-heat-block="${CSS.escape(blockId)}"]`);
    const shown = bar?.querySelector('.heat-count')?.textContent;
    return [`heat bar ${blockId}: ${shown} for ${students}`, shown === String(students)];
  });
  const listed = pane.querySelectorAll('.class-heat-list > ul > li').length;
  const expected = workload.expectedHeat.get(opened);
  return [
    [`question sections: ${seen.size}`, seen.size === QUESTIONS],
    ...questions,
    ...bars,
    [`heatmap in words: ${listed} blocks`, listed === workload.expectedHeat.size],
    [`opened bar ${opened}: ${popover} students for ${expected}`, popover === expected],
  ];
}

/** Every question painted in the article, and listed in the pack tab. */
function checkPackTab(container: HTMLElement): Check[] {
  const painted = CSS.highlights.get(QUESTION_HIGHLIGHT_NAME)?.size ?? 0;
  const listed = container.querySelectorAll(`#${marginPaneId(PACK_PANE)} .pack-question`).length;
  return [
    [`questions painted: ${painted}`, painted === QUESTIONS],
    [`questions in the pack tab: ${listed}`, listed === QUESTIONS],
  ];
}
