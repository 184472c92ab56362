import { useState } from 'react';
import { classSummaryMarkdown, type ClassSummaryLabels } from '@shared/classroom/class-summary';
import type { ArticleDocument } from '@shared/document/document-model';
import { suggestedExportName } from '@shared/export/file-name';
import { DialogStatus, type DialogStatusMessage } from '../../export/Dialog';
import type { I18n } from '../../i18n/I18nProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { usePlatform } from '../../platform/PlatformProvider';
import type { StoredPack } from '../../storage/db';
import { MARK_LABEL_KEYS } from './AnswerCard';
import type { ClassData } from './useClassData';

const MARKDOWN = 'text/markdown;charset=utf-8';

function summaryLabels(t: I18n['t']): ClassSummaryLabels {
  return {
    title: t('classSummaryTitle'),
    teacher: t('classSummaryTeacher'),
    due: t('classSummaryDue'),
    students: t('classSummaryStudents'),
    questions: t('classSummaryQuestions'),
    question: t('classSummaryQuestion'),
    choice: t('classSummaryChoice'),
    mark: t('classSummaryMark'),
    missing: t('classSummaryMissing'),
    everyoneAnswered: t('classSummaryEveryone'),
    highlights: t('classSummaryHighlights'),
    paragraph: t('classSummaryParagraph'),
    heading: t('classSummaryHeading'),
    highlightedBy: t('classSummaryHighlightedBy'),
    noHighlights: t('classSummaryNoHighlights'),
  };
}

/** "Export class summary": the class view as Markdown in the reader's language, saved as an export is. */
export function SummaryExport({
  pack,
  document,
  data,
}: {
  pack: StoredPack;
  document: ArticleDocument;
  data: ClassData;
}) {
  const { t, language } = useI18n();
  const platform = usePlatform();
  const [status, setStatus] = useState<DialogStatusMessage | null>(null);

  const save = async () => {
    try {
      const marks = new Map([...data.marks].map(([answerId, key]) => [answerId, t(MARK_LABEL_KEYS[key])]));
      const content = classSummaryMarkdown({
        pack: pack.pack,
        document,
        files: data.files,
        marks,
        labels: summaryLabels(t),
        language,
      });
      const suggestedName = suggestedExportName(`${document.title} — ${t('classSummaryTitle')}`, 'md');
      const result = await platform.saveFile({ suggestedName, mimeType: MARKDOWN, content });
      if (result.status === 'saved') setStatus({ text: t('classExportSaved', { path: result.path }) });
    } catch (error) {
      setStatus({
        text: t('classExportFailed', { reason: error instanceof Error ? error.message : String(error) }),
        error: true,
      });
    }
  };

  return (
    <div className="class-export">
      <button type="button" className="button" onClick={() => void save()}>
        {t('classExport')}
      </button>
      <DialogStatus status={status} />
    </div>
  );
}
