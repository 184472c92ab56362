import { useState } from 'react';
import type { Annotation, Reader } from '@shared/annotations/annotation-model';
import type { AnchoredAnnotation } from '@shared/annotations/anchored-annotation';
import { createAnnotation } from '@shared/annotations/create-annotation';
import { editBaseOf } from '@shared/annotations/merge-edit';
import { buildAnswerFile, serializeAnswers } from '@shared/classroom/answers-file';
import { ANSWERS_MIME, type ReadingPack } from '@shared/classroom/classroom-model';
import type { PlacedQuestion } from '@shared/classroom/teacher-layer';
import type { ArticleDocument } from '@shared/document/document-model';
import { suggestedExportName } from '@shared/export/file-name';
import { useI18n } from '../../i18n/I18nProvider';
import { COLOR_NAME_KEYS } from '../../margin/annotation-colors';
import { clampQuote } from '../../margin/quote-preview';
import { useSaveTracker } from '../../margin/save-status';
import { useEditSession } from '../../margin/useEditSession';
import { SessionNoteEditor } from '../../notes/SessionNoteEditor';
import { DialogStatus } from '../../export/Dialog';
import { saveAnnotationEdit } from '../../storage/annotation-edits';
import { listDocumentAnnotations, putAnnotation } from '../../storage/annotation-store';
import { flushEdits } from '../../storage/edit-sessions';
import { readerAcrossLibraries } from '../../storage/library-identity';
import { useSigningName } from '../readers/useSigningName';
import { useFileSaving } from './useFileSaving';
import { NoteView } from '../../margin/NoteView';
import { NO_SEARCH } from '../../margin/MarkedText';
import { noteBlocks } from '../../margin/note-blocks';

/**
 * A student's side of a reading pack: the teacher's instructions and colours, each question in reading
 * order with its passage, the student's answer (a rich-text note, and a choice for multiple choice), what
 * is answered and what is not, and "export my answers".
 */
export function StudentQuestions({
  document,
  pack,
  questions,
  answers,
  reader,
  onGo,
}: {
  document: ArticleDocument;
  pack: ReadingPack;
  questions: readonly PlacedQuestion[];
  /** The reader's answers to this pack's questions. */
  answers: readonly AnchoredAnnotation[];
  reader: Reader;
  onGo: (start: number, end: number) => void;
}) {
  const { t, language } = useI18n();
  const signing = useSigningName();
  const [typedName, setTypedName] = useState<string | null>(null);
  const { status, setStatus, save } = useFileSaving(t('studentExported'));
  const answerFor = (questionId: string) =>
    answers.find((item) => item.annotation.replyTo === questionId && !item.annotation.conflictOf)?.annotation;
  const answered = questions.filter(({ question }) => isAnswered(answerFor(question.id))).length;
  const name = typedName ?? signing.name;
  const usedColors = [...new Set(pack.guide.map((item) => item.color))];

  const exportAnswers = async () => {
    if (name.trim() === '') {
      setStatus({ text: t('studentNameMissing'), error: true });
      return;
    }
    const refused = await signing.save(name);
    if (refused) {
      setStatus({ text: refused, error: true });
      return;
    }
    await save(async () => {
      // What is committed, not what the screen last showed: an answer closed a moment ago is in it.
      await flushEdits();
      const stored = await listDocumentAnnotations(document.manifest.id);
      const signed = await readerAcrossLibraries({ id: reader.id, name: name.trim() });
      const own = stored
        .filter((annotation) => annotation.author.id === reader.id)
        .map((annotation) => ({ ...annotation, author: signed }));
      const file = buildAnswerFile({ pack, reader: signed, annotations: own, now: new Date() });
      return {
        suggestedName: suggestedExportName(`${pack.document.draft.title} — ${signed.name}`, 'hamish-answers'),
        mimeType: ANSWERS_MIME,
        content: serializeAnswers(file),
      };
    });
  };

  return (
    <section className="student-pack" aria-labelledby="student-pack-title">
      <h3 id="student-pack-title">{t('studentQuestionsTitle')}</h3>
      <p className="pack-from">
        {pack.teacher.name && <bdi>{t('studentFrom', { teacher: pack.teacher.name })}</bdi>}
        {pack.due && (
          <span>
            {' · '}
            {t('studentDue', {
              date: new Date(`${pack.due}T00:00:00`).toLocaleDateString(
                language === 'ar' ? 'ar-u-nu-latn' : 'en',
              ),
            })}
          </span>
        )}
      </p>
      {pack.instructions && (
        <p className="pack-instructions" dir="auto">
          {pack.instructions}
        </p>
      )}
      {usedColors.length > 0 && (
        <div className="pack-legend" role="group" aria-label={t('guideLegendTitle')}>
          <h4>{t('guideLegendTitle')}</h4>
          <ul>
            {usedColors.map((color) => (
              <li key={color}>
                <span className={`guide-swatch guide-swatch-${color}`} aria-hidden="true" />
                <span>{t(COLOR_NAME_KEYS[color])}</span>
                {pack.colorMeanings[color] && <bdi> · {pack.colorMeanings[color]}</bdi>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <p className="field-hint">{t('teacherLayerNote')}</p>
      <p className="pack-progress" role="status">
        {t('studentProgress', { answered, total: questions.length })}
      </p>
      <ol className="student-question-list">
        {questions.map((placed) => (
          <StudentQuestion
            key={placed.question.id}
            document={document}
            placed={placed}
            answer={answerFor(placed.question.id)}
            reader={reader}
            onGo={onGo}
          />
        ))}
      </ol>
      <div className="pack-export">
        <label className="pack-field">
          <span>{t('studentName')}</span>
          <input
            className="text-input"
            dir="auto"
            value={name}
            autoComplete="name"
            onChange={(event) => setTypedName(event.target.value)}
          />
        </label>
        <button type="button" className="button primary" onClick={() => void exportAnswers()}>
          {t('studentExport')}
        </button>
        <DialogStatus status={status} />
      </div>
    </section>
  );
}

function isAnswered(answer: Annotation | undefined): boolean {
  return !!answer && (answer.note.text.trim() !== '' || answer.choice !== undefined);
}

function StudentQuestion({
  document,
  placed,
  answer: stored,
  reader,
  onGo,
}: {
  document: ArticleDocument;
  placed: PlacedQuestion;
  answer: Annotation | undefined;
  reader: Reader;
  onGo: (start: number, end: number) => void;
}) {
  const { t } = useI18n();
  const { track } = useSaveTracker();
  // The answer just made, until the store's copy arrives: the editor opens at once on it.
  const [made, setMade] = useState<Annotation | null>(null);
  const answer = stored ?? made ?? undefined;
  const { question, anchor, number } = placed;
  const [editing, setEditing] = useState(false);
  // Shown chosen at once; the stored answer follows a moment later.
  const [chosen, setChosen] = useState<number | null>(null);
  const headingId = `student-question-${question.id}`;
  const done = isAnswered(answer);

  /** The answer is made on first need (a choice, or opening the editor), on the question's passage. */
  const ensureAnswer = async (choice?: number): Promise<Annotation | undefined> => {
    if (answer) return answer;
    const start = anchor.status === 'orphan' ? 0 : anchor.start;
    const end = anchor.status === 'orphan' ? Math.min(1, document.text.length) : anchor.end;
    const created: Annotation = {
      ...createAnnotation({
        id: crypto.randomUUID(),
        document,
        start,
        end,
        color: 'yellow',
        author: reader,
        now: new Date(),
      }),
      replyTo: question.id,
      ...(choice !== undefined && { choice }),
    };
    if ((await track(putAnnotation(created))) === undefined) return undefined;
    setMade(created);
    return created;
  };

  const choose = async (choice: number) => {
    setChosen(choice);
    if (!answer) {
      await ensureAnswer(choice);
      return;
    }
    await track(saveAnnotationEdit(editBaseOf(answer), { choice }, { conflictTag: t('restoreConflictTag') }));
  };

  return (
    <li className={`student-question${done ? ' is-answered' : ''}`} aria-labelledby={headingId}>
      <div className="student-question-head">
        <h4 id={headingId}>{t('packQuestionNumber', { number })}</h4>
        <span className={`badge${done ? ' badge-done' : ''}`}>
          {done ? t('studentAnswered') : t('studentUnanswered')}
        </span>
      </div>
      {anchor.status === 'orphan' ? (
        <p className="field-hint">{t('questionUnplaced')}</p>
      ) : (
        <button
          type="button"
          className="card-quote"
          dir={document.manifest.direction}
          title={t('goToPassage')}
          onClick={() => onGo(anchor.start, anchor.end)}
        >
          {clampQuote(question.target.selector[0].exact, 160)}
        </button>
      )}
      <p className="student-prompt" dir="auto">
        {question.prompt}
      </p>
      {question.choices.length > 0 && (
        <fieldset className="student-choices">
          <legend className="visually-hidden">{t('studentChoiceLegend', { number })}</legend>
          {question.choices.map((choice, index) => (
            <label key={index} className="student-choice">
              <input
                type="radio"
                name={`choice-${question.id}`}
                checked={(answer?.choice ?? chosen) === index}
                onChange={() => void choose(index)}
              />
              <span dir="auto">{choice}</span>
            </label>
          ))}
        </fieldset>
      )}
      {editing && answer ? (
        <div
          className="card-editor"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            setEditing(false);
          }}
        >
          <AnswerEditor answer={answer} label={t('studentAnswerLabel', { number })} />
        </div>
      ) : (
        answer && answer.note.text.trim() !== '' && <AnswerView answer={answer} />
      )}
      <div className="card-actions">
        <button
          type="button"
          className="button"
          aria-expanded={editing}
          onClick={() => {
            if (editing) return setEditing(false);
            void ensureAnswer().then((made) => made && setEditing(true));
          }}
        >
          {editing
            ? t('studentCloseAnswer')
            : answer?.note.text.trim()
              ? t('studentEditAnswer')
              : t('studentWriteAnswer')}
        </button>
      </div>
    </li>
  );
}

function AnswerEditor({ answer, label }: { answer: Annotation; label: string }) {
  const session = useEditSession(answer);
  const { track } = useSaveTracker();
  return (
    <SessionNoteEditor
      session={session}
      label={label}
      onNote={(note) => {
        session.change({ note });
        void track(session.flush());
      }}
    />
  );
}

function AnswerView({ answer }: { answer: Annotation }) {
  const blocks = noteBlocks(answer.note.editorState, answer.note.text);
  return <NoteView id={answer.id} blocks={blocks} search={NO_SEARCH} />;
}
