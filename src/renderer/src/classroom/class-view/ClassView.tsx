import { useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { anchorAnnotation } from '@shared/anchoring/anchor';
import type { PackQuestion } from '@shared/classroom/classroom-model';
import type { ArticleDocument } from '@shared/document/document-model';
import { useI18n } from '../../i18n/I18nProvider';
import type { StoredPack } from '../../storage/db';
import { AnswerImport } from './AnswerImport';
import { AnswerList } from './AnswerList';
import { HeatList } from './HeatList';
import { HeatmapBars } from './HeatmapBars';
import { SummaryExport } from './SummaryExport';
import { useClassData } from './useClassData';
import './class-view.css';

/**
 * The teacher's class view, a tab of the margin: importing answer files, every question with the class's
 * answers, the highlights per paragraph in words, the summary export; and the heatmap beside the text.
 */
export function ClassView({
  pack,
  document,
  articleRef,
}: {
  pack: StoredPack;
  document: ArticleDocument;
  articleRef: RefObject<HTMLElement | null>;
}) {
  const { t } = useI18n();
  const data = useClassData(pack, document);
  const [studentId, setStudentId] = useState<string | null>(null);
  const [showHeat, setShowHeat] = useState(true);
  const textDir = document.manifest.direction;
  const article = articleRef.current;
  // The bars are laid out in the article's column, beside the text, outside the article itself.
  const column = article?.parentElement ?? null;

  const goToBlock = (blockId: string) => {
    const element = article?.querySelector(`[data-block-id="${CSS.escape(blockId)}"]`);
    element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  const goToPassage = (question: PackQuestion) => {
    const anchor = anchorAnnotation(document.text, question.target.selector);
    if (anchor.status === 'orphan') return;
    const block = document.blocks.find((candidate) => candidate.end > anchor.start);
    if (block) goToBlock(block.id);
  };

  const total = data?.students.length ?? 0;
  return (
    <div className="class-view">
      <p className="class-count">{t('classStudents', { count: total })}</p>
      {data && total > 0 && (
        <div className="class-controls">
          <label className="class-filter">
            <span>{t('classFilterStudent')}</span>
            <select value={studentId ?? ''} onChange={(event) => setStudentId(event.target.value || null)}>
              <option value="">{t('classAllStudents')}</option>
              {data.students.map(({ reader }) => (
                <option key={reader.id} value={reader.id}>
                  {reader.name}
                </option>
              ))}
            </select>
          </label>
          <label className="class-heat-toggle">
            <input
              type="checkbox"
              checked={showHeat}
              onChange={(event) => setShowHeat(event.target.checked)}
            />
            {t('classHeatmapToggle')}
          </label>
          <SummaryExport pack={pack} document={document} data={data} />
        </div>
      )}
      <AnswerImport packId={pack.packId} />
      {data && total === 0 && <p className="class-empty">{t('classEmpty')}</p>}
      {data && total > 0 && (
        <>
          <section className="class-questions" aria-labelledby="class-questions-title">
            <h3 id="class-questions-title">{t('classQuestionsTitle')}</h3>
            <AnswerList
              packId={pack.packId}
              data={data}
              studentId={studentId}
              textDir={textDir}
              onGoToPassage={goToPassage}
            />
          </section>
          <HeatList
            blocks={document.blocks}
            heat={data.heat}
            total={total}
            textDir={textDir}
            textLang={document.manifest.language}
            onGoToBlock={goToBlock}
          />
        </>
      )}
      {showHeat &&
        data &&
        article &&
        column &&
        createPortal(
          <HeatmapBars
            article={article}
            column={column}
            blocks={document.blocks}
            heat={data.heat}
            total={total}
            textDir={textDir}
            textLang={document.manifest.language}
          />,
          column,
        )}
    </div>
  );
}
