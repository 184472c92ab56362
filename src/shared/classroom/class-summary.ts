import { BLOCK_SEPARATOR, type ArticleDocument, type Block } from '../document/document-model';
import { render, type Segment } from '../export/annotation-blocks';
import type { ExportLanguage } from '../export/export-labels';
import { blockquote, escapeInline, escapeText, heading, strong } from '../export/markdown-text';
import { textDirection, type TextDirection } from '../export/text-direction';
import type { AnswerFile, ReadingPack } from './classroom-model';
import { latestPerReader } from './class-merge';
import { paragraphHeat, questionAnswers, type BlockHeat, type QuestionAnswers } from './class-heatmap';

/** The words a class summary carries, in the reader's language: the renderer passes them from its catalogue. */
export interface ClassSummaryLabels {
  /** Before the document's title in the top heading: "Class summary". */
  title: string;
  teacher: string;
  due: string;
  students: string;
  /** Heading of the answers part. */
  questions: string;
  /** Before each question's number: "Question". */
  question: string;
  choice: string;
  mark: string;
  /** Before the names of students who did not answer a question. */
  missing: string;
  everyoneAnswered: string;
  /** Heading of the highlights part. */
  highlights: string;
  paragraph: string;
  heading: string;
  /** Before the number of students who highlighted a block. */
  highlightedBy: string;
  noHighlights: string;
}

export interface ClassSummaryInput {
  pack: ReadingPack;
  document: ArticleDocument;
  /** Every answer file of the pack: each student's latest counts. */
  files: readonly AnswerFile[];
  /** Answer id → the teacher's mark on it, in the reader's language ("good example"). */
  marks: ReadonlyMap<string, string>;
  labels: ClassSummaryLabels;
  language: ExportLanguage;
}

/** How much of a block's start names it in the highlights part. */
const BLOCK_QUOTE_CHARS = 60;
/** Between names in a list, in each UI language. */
const NAME_SEPARATOR: Record<ExportLanguage, string> = { ar: '، ', en: ', ' };

/**
 * The class view as Markdown: each question in reading order with every student's answer and who is
 * missing, then how many students highlighted each paragraph. Every name, prompt and answer is escaped
 * text (an answer as its plain text, one paragraph a line), so nothing a student typed becomes markup, not
 * even a heading that would break the summary's outline; right-to-left runs are wrapped as the Markdown
 * export wraps them.
 */
export function classSummaryMarkdown(input: ClassSummaryInput): string {
  const { labels, document } = input;
  const uiDir: TextDirection = input.language === 'ar' ? 'rtl' : 'ltr';
  const names = (readers: ReadonlyArray<{ name: string }>) =>
    escapeInline(readers.map((reader) => reader.name).join(NAME_SEPARATOR[input.language]));
  const questions = questionAnswers(input.pack, input.files);
  const packId = input.pack.packId.toLowerCase();
  const studentCount = latestPerReader(
    input.files.filter((file) => file.packId.toLowerCase() === packId),
  ).length;

  const segments: Segment[] = [
    { dir: uiDir, blocks: [heading(1, `${labels.title}: ${document.title}`)] },
    { dir: uiDir, blocks: [metaLine(input, studentCount)] },
    { dir: uiDir, blocks: [heading(2, labels.questions)] },
  ];
  questions.forEach((entry, index) => {
    segments.push(...questionSegments(entry, index + 1, input, uiDir, names));
  });

  segments.push({ dir: uiDir, blocks: [heading(2, labels.highlights)] });
  const heat = paragraphHeat(document, input.files);
  if (heat.size === 0) segments.push({ dir: uiDir, blocks: [escapeText(labels.noHighlights)] });
  for (const block of document.blocks) {
    const blockHeat = heat.get(block.id);
    if (blockHeat !== undefined) segments.push(...heatSegments(block, blockHeat, input, uiDir, names));
  }
  return render(segments);
}

function metaLine(input: ClassSummaryInput, studentCount: number): string {
  const { labels, pack } = input;
  const parts = [`${strong(`${labels.teacher}:`)} ${escapeInline(pack.teacher.name)}`];
  if (pack.due !== null) parts.push(`${strong(`${labels.due}:`)} ${escapeInline(pack.due)}`);
  parts.push(`${strong(`${labels.students}:`)} ${studentCount}`);
  return parts.join(' · ');
}

function questionSegments(
  entry: QuestionAnswers,
  number: number,
  input: ClassSummaryInput,
  uiDir: TextDirection,
  names: (readers: ReadonlyArray<{ name: string }>) => string,
): Segment[] {
  const { labels, document } = input;
  const { question } = entry;
  const docDir = document.manifest.direction;
  const passage = question.target.selector[0].exact;
  const segments: Segment[] = [
    { dir: uiDir, blocks: [heading(3, `${labels.question} ${number}`)] },
    { dir: textDirection(question.prompt, uiDir), blocks: [escapeText(question.prompt)] },
    { dir: textDirection(passage, docDir), blocks: [blockquote(passage.split(BLOCK_SEPARATOR))] },
  ];
  if (question.choices.length > 0) {
    const list = question.choices.map((choice, index) => `${index + 1}. ${escapeInline(choice)}`).join('\n');
    segments.push({ dir: textDirection(question.choices.join(' '), uiDir), blocks: [list] });
  }
  for (const { reader, answer } of entry.answers) {
    const parts = [strong(`${reader.name}:`)];
    if (answer.choice !== null) {
      const choice = `${answer.choice + 1}. ${question.choices[answer.choice]}`;
      parts.push(`${strong(`${labels.choice}:`)} ${escapeInline(choice)}`);
    }
    const mark = input.marks.get(answer.id);
    if (mark !== undefined) parts.push(`${strong(`${labels.mark}:`)} ${escapeInline(mark)}`);
    segments.push({ dir: uiDir, blocks: [parts.join(' · ')] });
    const lines = answer.note.text.split('\n').filter((line) => line.trim() !== '');
    if (lines.length > 0) {
      segments.push({ dir: textDirection(answer.note.text, uiDir), blocks: lines.map(escapeText) });
    }
  }
  const missing =
    entry.missing.length === 0
      ? escapeText(labels.everyoneAnswered)
      : `${strong(`${labels.missing}:`)} ${names(entry.missing)}`;
  segments.push({ dir: uiDir, blocks: [missing] });
  return segments;
}

function heatSegments(
  block: Block,
  heat: BlockHeat,
  input: ClassSummaryInput,
  uiDir: TextDirection,
  names: (readers: ReadonlyArray<{ name: string }>) => string,
): Segment[] {
  const { labels } = input;
  const kind = block.kind === 'heading' ? labels.heading : labels.paragraph;
  const line = `${strong(`${kind} ${block.ordinal}`)} · ${strong(`${labels.highlightedBy}:`)} ${heat.count} · ${names(heat.readers)}`;
  const characters = Array.from(block.text);
  const start =
    characters.length > BLOCK_QUOTE_CHARS
      ? `${characters.slice(0, BLOCK_QUOTE_CHARS).join('').trimEnd()}…`
      : block.text;
  return [
    { dir: uiDir, blocks: [line] },
    { dir: textDirection(start, input.document.manifest.direction), blocks: [blockquote([start])] },
  ];
}
