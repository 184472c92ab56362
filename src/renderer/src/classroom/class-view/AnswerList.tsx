import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range, type VirtualItem } from '@tanstack/react-virtual';
import type { PackQuestion } from '@shared/classroom/classroom-model';
import { useI18n } from '../../i18n/I18nProvider';
import { AnswerCard } from './AnswerCard';
import { classRows, headerIndexes, rowKey, type ClassRow } from './class-rows';
import { namesFormat } from './formatters';
import type { ClassData } from './useClassData';

const estimateRowSize = () => 160;

/** Where the list starts in the margin's scroll container, below the class view's controls. */
function offsetIn(scroller: HTMLElement, list: HTMLElement): number {
  return list.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
}

/** A question's prompt, passage and options: the header row of its answers. */
function QuestionHead({
  headingId,
  number,
  question,
  textDir,
  onGoToPassage,
}: {
  headingId: string;
  number: number;
  question: PackQuestion;
  textDir: 'rtl' | 'ltr';
  onGoToPassage: (question: PackQuestion) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <h4 id={headingId}>{t('classQuestion', { number })}</h4>
      <p className="class-prompt" dir="auto">
        {question.prompt}
      </p>
      <blockquote className="class-passage" dir={textDir}>
        {question.target.selector[0].exact}
      </blockquote>
      <button type="button" className="link-button class-go" onClick={() => onGoToPassage(question)}>
        {t('classGoToPassage')}
      </button>
      {question.choices.length > 0 && (
        <ol className="class-choices">
          {question.choices.map((choice, index) => (
            <li key={index} dir="auto">
              {choice}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/**
 * Every question with its answers and who has not answered, as one virtual list in the margin's scroll
 * container: only the rows on screen are rendered, and every question's header, so each question stays
 * reachable and each answer is a scroll (or the student filter) away. Each question is a section holding
 * its rows; the answers are a list whose items say their place among the question's answers.
 */
export function AnswerList({
  packId,
  data,
  studentId,
  textDir,
  onGoToPassage,
}: {
  packId: string;
  data: ClassData;
  /** The student the teacher is looking at; null for the whole class. */
  studentId: string | null;
  textDir: 'rtl' | 'ltr';
  onGoToPassage: (question: PackQuestion) => void;
}) {
  const { t, language } = useI18n();
  const idBase = useId();
  const headingId = (question: number) => `${idBase}-q${question}`;
  const rows = useMemo(
    () => classRows(data.questions, data.students, studentId),
    [data.questions, data.students, studentId],
  );
  const listRef = useRef<HTMLDivElement>(null);
  const [scrollMargin, setScrollMargin] = useState(0);

  const scroller = () => listRef.current?.closest<HTMLElement>('.margin-scroll') ?? null;
  // The controls above the list change height (an import's outcomes): the list's offset follows.
  useLayoutEffect(() => {
    const list = listRef.current;
    const container = list?.closest<HTMLElement>('.margin-scroll');
    const view = list?.closest<HTMLElement>('.class-view');
    if (!list || !container || !view) return;
    const update = () => setScrollMargin(offsetIn(container, list));
    update();
    const observer = new ResizeObserver(update);
    observer.observe(view);
    return () => observer.disconnect();
  }, []);

  const headers = useMemo(() => headerIndexes(rows), [rows]);
  const rangeExtractor = useCallback(
    (range: Range) => [...new Set([...headers, ...defaultRangeExtractor(range)])].sort((a, b) => a - b),
    [headers],
  );
  // A new key function makes the virtualizer re-measure every row: keep it while the rows are the same.
  const getItemKey = useCallback((index: number) => (rows[index] ? rowKey(rows[index]) : index), [rows]);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: scroller,
    estimateSize: estimateRowSize,
    overscan: 4,
    scrollMargin,
    getItemKey,
    rangeExtractor,
  });

  const place = (virtual: VirtualItem) => ({
    'data-index': virtual.index,
    ref: virtualizer.measureElement,
    style: { transform: `translateY(${virtual.start - scrollMargin}px)` },
  });
  const describe = (row: Extract<ClassRow, { kind: 'missing' }>) =>
    row.missing.length > 0 ? (
      <p className="class-missing">
        {t('classNotAnswered', {
          names: namesFormat(language).format(row.missing.map((reader) => reader.name)),
        })}
      </p>
    ) : (
      <p className="class-missing is-none">{t('classEveryoneAnswered')}</p>
    );

  // The rendered rows, by question: every question is there, its header always among them.
  const byQuestion = new Map<number, VirtualItem[]>();
  for (const virtual of virtualizer.getVirtualItems()) {
    const row = rows[virtual.index];
    if (!row) continue;
    byQuestion.set(row.question, [...(byQuestion.get(row.question) ?? []), virtual]);
  }
  return (
    <div ref={listRef} className="class-rows" style={{ height: virtualizer.getTotalSize() }}>
      {[...byQuestion].map(([question, items]) => {
        const answers = items.filter((virtual) => rows[virtual.index]?.kind === 'answer');
        return (
          <section key={question} className="class-question" aria-labelledby={headingId(question)}>
            {items.map((virtual) => {
              const row = rows[virtual.index];
              if (row?.kind !== 'question') return null;
              return (
                <div key={virtual.key} {...place(virtual)} className="class-row class-question-head">
                  <QuestionHead
                    headingId={headingId(question)}
                    number={question + 1}
                    question={row.entry.question}
                    textDir={textDir}
                    onGoToPassage={onGoToPassage}
                  />
                </div>
              );
            })}
            {answers.length > 0 && (
              <ul className="class-answers">
                {answers.map((virtual) => {
                  const row = rows[virtual.index];
                  if (row?.kind !== 'answer') return null;
                  return (
                    <li
                      key={virtual.key}
                      {...place(virtual)}
                      className="class-row"
                      aria-setsize={row.of}
                      aria-posinset={row.position}
                    >
                      <AnswerCard
                        packId={packId}
                        reader={row.reader}
                        question={row.pack}
                        answer={row.answer}
                        fileKey={row.fileKey}
                        earlier={row.earlier}
                        mark={data.marks.get(row.answer.id)}
                      />
                    </li>
                  );
                })}
              </ul>
            )}
            {items.map((virtual) => {
              const row = rows[virtual.index];
              if (row?.kind !== 'missing') return null;
              return (
                <div key={virtual.key} {...place(virtual)} className="class-row">
                  {describe(row)}
                </div>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
