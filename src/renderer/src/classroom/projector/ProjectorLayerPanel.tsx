import { useI18n } from '../../i18n/I18nProvider';
import type { ProjectorQuestion } from './projector-layers';
import { heatShare } from './projector-steps';

/** Beside the paragraph in focus: how many students highlighted it, and the questions asked about it. */
export function ProjectorLayerPanel({
  blockId,
  questions,
  heat,
}: {
  blockId: string;
  questions: ProjectorQuestion[];
  heat: ReadonlyMap<string, number> | undefined;
}) {
  const { t } = useI18n();
  return (
    <aside className="projector-layers" aria-label={t('projectorLayers')}>
      {heat && (
        <div className="projector-heat" data-testid="projector-heat">
          <p>{t('projectorHeatValue', { count: heat.get(blockId) ?? 0 })}</p>
          <span className="projector-heat-bar" aria-hidden="true">
            <span style={{ inlineSize: `${Math.round(heatShare(blockId, heat) * 100)}%` }} />
          </span>
        </div>
      )}
      {questions.length > 0 && (
        <section className="projector-questions">
          <h2>{t('projectorQuestions')}</h2>
          <ol>
            {questions.map((question, i) => (
              <li key={i}>
                <p dir="auto">{question.prompt}</p>
                {question.choices.length > 0 && (
                  <ol className="projector-choices">
                    {question.choices.map((choice, c) => (
                      <li key={c} dir="auto">
                        {choice}
                      </li>
                    ))}
                  </ol>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </aside>
  );
}
