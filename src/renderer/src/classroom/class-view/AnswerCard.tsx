import { memo, useId, useMemo } from 'react';
import type { Reader } from '@shared/annotations/annotation-model';
import type { PackQuestion, StudentAnswer } from '@shared/classroom/classroom-model';
import type { MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/I18nProvider';
import { NO_SEARCH } from '../../margin/MarkedText';
import { noteBlocks } from '../../margin/note-blocks';
import { NoteView } from '../../margin/NoteView';
import { ANSWER_MARKS, clearAnswerMark, setAnswerMark, type AnswerMarkKey } from '../../storage/answer-store';
import type { StoredAnswerFile } from '../../storage/db';
import { answerDateFormat } from './formatters';

export const MARK_LABEL_KEYS: Record<AnswerMarkKey, MessageKey> = {
  'good-example': 'classMarkGoodExample',
  discuss: 'classMarkDiscuss',
  'needs-help': 'classMarkNeedsHelp',
};

/** An answer as the margin shows a note, read-only, with the option chosen when the question offers some. */
function AnswerBody({
  viewId,
  question,
  answer,
}: {
  viewId: string;
  question: PackQuestion;
  answer: StudentAnswer;
}) {
  const { t } = useI18n();
  const { editorState, text } = answer.note;
  const blocks = useMemo(() => noteBlocks(editorState, text), [editorState, text]);
  const chosen = answer.choice === null ? undefined : question.choices[answer.choice];
  return (
    <>
      {question.choices.length > 0 && (
        <p className="class-choice" dir="auto">
          {chosen === undefined ? t('classNoChoice') : t('classChose', { choice: chosen })}
        </p>
      )}
      {blocks.length > 0 ? (
        <NoteView id={viewId} blocks={blocks} search={NO_SEARCH} />
      ) : (
        question.choices.length === 0 && <p className="class-no-words">{t('classNoWords')}</p>
      )}
    </>
  );
}

/**
 * One student's answer to one question: their name, the answer, the teacher's mark, earlier versions.
 * Memoized: a mark clicked on one card re-renders that card only.
 */
export const AnswerCard = memo(function AnswerCard({
  packId,
  reader,
  question,
  answer,
  fileKey,
  earlier,
  mark,
}: {
  packId: string;
  reader: Reader;
  question: PackQuestion;
  answer: StudentAnswer;
  fileKey: string;
  earlier: readonly StoredAnswerFile[];
  mark: AnswerMarkKey | undefined;
}) {
  const { t, language } = useI18n();
  const nameId = useId();
  const dates = answerDateFormat(language);
  const toggle = (key: AnswerMarkKey) =>
    (key === mark
      ? clearAnswerMark(answer.id)
      : setAnswerMark({ answerId: answer.id, packId, mark: key })
    ).catch((error: unknown) => console.error(`Saving the mark on answer ${answer.id} failed`, error));
  return (
    <article className="class-answer" aria-labelledby={nameId}>
      <h5 id={nameId} className="class-answer-name" dir="auto">
        {reader.name}
      </h5>
      <AnswerBody viewId={`${fileKey}-${answer.id}`} question={question} answer={answer} />
      <div className="class-marks" role="group" aria-label={t('classMarks', { name: reader.name })}>
        {ANSWER_MARKS.map((key) => (
          <button
            key={key}
            type="button"
            className="button class-mark"
            aria-pressed={key === mark}
            onClick={() => void toggle(key)}
          >
            {t(MARK_LABEL_KEYS[key])}
          </button>
        ))}
      </div>
      {earlier.length > 0 && (
        <details className="class-earlier">
          <summary>{t('classEarlierVersions', { count: earlier.length })}</summary>
          {earlier.map((file) => {
            const old = file.answers.answers.find((candidate) => candidate.questionId === answer.questionId);
            return (
              <div key={file.key} className="class-earlier-version">
                <p className="class-earlier-date">
                  {t('classEarlierFrom', { date: dates.format(new Date(file.modified)) })}
                </p>
                {old ? (
                  <AnswerBody viewId={`${file.key}-${old.id}`} question={question} answer={old} />
                ) : (
                  <p className="class-no-words">{t('classEarlierNoAnswer')}</p>
                )}
              </div>
            );
          })}
        </details>
      )}
    </article>
  );
});
