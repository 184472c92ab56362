import { useState } from 'react';
import type { AnchoredAnnotation } from '@shared/annotations/anchored-annotation';
import { READING_PACK_MIME, type ReadingPack } from '@shared/classroom/classroom-model';
import {
  includeInGuide,
  MAX_CHOICES,
  packProblem,
  refreshGuide,
  removeQuestion,
  type PackProblem,
} from '@shared/classroom/pack-edits';
import { serializePack } from '@shared/classroom/pack-file';
import type { PlacedQuestion } from '@shared/classroom/teacher-layer';
import { suggestedExportName } from '@shared/export/file-name';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/catalog';
import { COLOR_NAME_KEYS } from '../../margin/annotation-colors';
import { clampQuote } from '../../margin/quote-preview';
import { DialogStatus } from '../../export/Dialog';
import { useFileSaving } from './useFileSaving';
import { usePackEdits } from './usePackEdits';

const PROBLEMS: Record<PackProblem['problem'], MessageKey> = {
  'no-questions': 'packExportNoQuestions',
  'empty-prompt': 'packExportEmptyPrompt',
  'empty-choice': 'packExportEmptyChoice',
  'few-choices': 'packExportFewChoices',
};

/**
 * The teacher's side of a reading pack: who it is from, instructions, a due date, which of the teacher's
 * highlights guide the class, the questions (asked from the selection toolbar) and the export. Every
 * change is stored as it is made.
 */
export function PackEditor({
  pack,
  highlights,
  questions,
  textDir,
  onGo,
}: {
  pack: ReadingPack;
  /** The teacher's own highlights on the document: the guide is chosen among them. */
  highlights: readonly AnchoredAnnotation[];
  questions: readonly PlacedQuestion[];
  textDir: 'rtl' | 'ltr';
  onGo: (start: number, end: number) => void;
}) {
  const { t } = useI18n();
  const { change, type } = usePackEdits(pack.packId);
  const { status, setStatus, save } = useFileSaving(t('packExported'));
  const guided = new Set(pack.guide.map((item) => item.id));
  const placed = highlights.filter((item) => item.anchor.status !== 'orphan');

  const exportPack = async () => {
    const problem = packProblem(questions);
    if (problem) {
      const number = 'number' in problem ? problem.number : 0;
      setStatus({ text: t(PROBLEMS[problem.problem], { number }), error: true });
      return;
    }
    await save(async () => ({
      suggestedName: suggestedExportName(pack.document.draft.title, 'hamish'),
      mimeType: READING_PACK_MIME,
      content: serializePack(
        refreshGuide(
          pack,
          highlights.map((item) => item.annotation),
        ),
      ),
    }));
  };

  return (
    <section className="pack-editor" aria-labelledby="pack-editor-title">
      <h3 id="pack-editor-title">{t('packEditorTitle')}</h3>
      <PackTextField
        label={t('packTeacher')}
        initial={pack.teacher.name}
        onChange={(value) => type({ kind: 'teacher', value })}
      />
      <PackTextField
        label={t('packInstructions')}
        initial={pack.instructions}
        multiline
        onChange={(value) => type({ kind: 'instructions', value })}
      />
      <label className="pack-field">
        <span>{t('packDue')}</span>
        <input
          type="date"
          className="text-input"
          defaultValue={pack.due ?? ''}
          onChange={(event) => {
            const due = event.target.value || null;
            change((next) => ({ ...next, due }));
          }}
        />
      </label>

      <fieldset className="pack-guide">
        <legend>{t('packGuideTitle')}</legend>
        <p className="field-hint">{placed.length > 0 ? t('packGuideHint') : t('packGuideEmpty')}</p>
        {placed.length > 1 && (
          <button
            type="button"
            className="button"
            onClick={() =>
              change((next, now) =>
                placed.reduce((all, item) => includeInGuide(all, item.annotation, true, now), next),
              )
            }
          >
            {t('packGuideAll')}
          </button>
        )}
        <ul className="pack-guide-list">
          {placed.map(({ annotation }) => {
            const quote = clampQuote(annotation.target.selector[0].exact, 90);
            const meaning = pack.colorMeanings[annotation.color];
            return (
              <li key={annotation.id}>
                <label className="pack-guide-item">
                  <input
                    type="checkbox"
                    checked={guided.has(annotation.id)}
                    aria-label={t('packGuideItem', { quote: clampQuote(quote, 40) })}
                    onChange={(event) => {
                      const included = event.target.checked;
                      change((next, now) => includeInGuide(next, annotation, included, now));
                    }}
                  />
                  <span className={`dot dot-${annotation.color}`} aria-hidden="true" />
                  <span className="pack-guide-quote" dir={textDir}>
                    {quote}
                  </span>
                  <span className="pack-guide-meaning">
                    {meaning
                      ? `${t(COLOR_NAME_KEYS[annotation.color])} · ${meaning}`
                      : t(COLOR_NAME_KEYS[annotation.color])}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      <section className="pack-questions" aria-labelledby="pack-questions-title">
        <h4 id="pack-questions-title">{t('packQuestionsTitle')}</h4>
        <p className="field-hint">{t('packQuestionsHint')}</p>
        <ol className="pack-question-list">
          {questions.map((placedQuestion) => (
            <QuestionEditor
              key={placedQuestion.question.id}
              placed={placedQuestion}
              textDir={textDir}
              onGo={onGo}
              onType={(edit) => type({ ...edit, questionId: placedQuestion.question.id })}
              onRemove={() => change((next) => removeQuestion(next, placedQuestion.question.id))}
            />
          ))}
        </ol>
      </section>

      <div className="pack-export">
        <button type="button" className="button primary" onClick={() => void exportPack()}>
          {t('packExport')}
        </button>
        <DialogStatus status={status} />
      </div>
    </section>
  );
}

/** A text field kept locally while typed (no cursor jumps), each change stored at once. */
function PackTextField({
  label,
  initial,
  multiline = false,
  onChange,
}: {
  label: string;
  initial: string;
  multiline?: boolean;
  onChange: (value: string) => void;
}) {
  const [value, setValue] = useState(initial);
  const update = (next: string) => {
    setValue(next);
    onChange(next);
  };
  return (
    <label className="pack-field">
      <span>{label}</span>
      {multiline ? (
        <textarea
          className="text-input"
          dir="auto"
          rows={3}
          value={value}
          onChange={(e) => update(e.target.value)}
        />
      ) : (
        <input className="text-input" dir="auto" value={value} onChange={(e) => update(e.target.value)} />
      )}
    </label>
  );
}

function QuestionEditor({
  placed,
  textDir,
  onGo,
  onType,
  onRemove,
}: {
  placed: PlacedQuestion;
  textDir: 'rtl' | 'ltr';
  onGo: (start: number, end: number) => void;
  onType: (edit: { kind: 'prompt'; value: string } | { kind: 'choices'; value: string[] }) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const { question, anchor, number } = placed;
  const [prompt, setPrompt] = useState(question.prompt);
  const [choices, setChoices] = useState(question.choices);
  const updateChoices = (next: string[]) => {
    setChoices(next);
    onType({ kind: 'choices', value: next });
  };
  const kind = choices.length > 0 ? 'choice' : 'free';
  const headingId = `pack-question-${question.id}`;
  return (
    <li className="pack-question" aria-labelledby={headingId}>
      <h5 id={headingId}>{t('packQuestionNumber', { number })}</h5>
      {anchor.status === 'orphan' ? (
        <p className="field-hint">{t('questionUnplaced')}</p>
      ) : (
        <button
          type="button"
          className="card-quote"
          dir={textDir}
          title={t('goToPassage')}
          onClick={() => onGo(anchor.start, anchor.end)}
        >
          {clampQuote(question.target.selector[0].exact, 160)}
        </button>
      )}
      <label className="pack-field">
        <span className="visually-hidden">{t('packQuestionPrompt', { number })}</span>
        <textarea
          className="text-input"
          dir="auto"
          rows={2}
          value={prompt}
          aria-label={t('packQuestionPrompt', { number })}
          onChange={(event) => {
            setPrompt(event.target.value);
            onType({ kind: 'prompt', value: event.target.value });
          }}
        />
      </label>
      <fieldset className="pack-kind">
        <legend>{t('packQuestionKind')}</legend>
        <label>
          <input
            type="radio"
            name={`kind-${question.id}`}
            checked={kind === 'free'}
            onChange={() => updateChoices([])}
          />
          {t('packKindFree')}
        </label>
        <label>
          <input
            type="radio"
            name={`kind-${question.id}`}
            checked={kind === 'choice'}
            onChange={() => updateChoices(['', ''])}
          />
          {t('packKindChoice')}
        </label>
      </fieldset>
      {kind === 'choice' && (
        <ol className="pack-choices">
          {choices.map((choice, index) => (
            <li key={index} className="pack-choice">
              <input
                className="text-input"
                dir="auto"
                value={choice}
                aria-label={t('packChoiceLabel', { number: index + 1 })}
                onChange={(event) =>
                  updateChoices(choices.map((other, at) => (at === index ? event.target.value : other)))
                }
              />
              <button
                type="button"
                className="button icon-button"
                aria-label={t('packChoiceRemove', { number: index + 1 })}
                onClick={() => updateChoices(choices.filter((_, at) => at !== index))}
              >
                ×
              </button>
            </li>
          ))}
          {choices.length < MAX_CHOICES && (
            <li>
              <button type="button" className="button" onClick={() => updateChoices([...choices, ''])}>
                {t('packChoiceAdd')}
              </button>
            </li>
          )}
        </ol>
      )}
      <button type="button" className="button danger" onClick={onRemove}>
        {t('packQuestionRemove', { number })}
      </button>
    </li>
  );
}
