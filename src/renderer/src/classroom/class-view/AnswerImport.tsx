import { useState, type DragEvent } from 'react';
import type { ImportFile } from '@shared/platform/platform-contract';
import type { MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/I18nProvider';
import { carriesFiles } from '../../library/dropped-files';
import { usePlatform } from '../../platform/PlatformProvider';
import { importAnswerFiles, type AnswerImportOutcome, type AnswerRefusal } from '../../storage/answer-store';
import { droppedAnswerFiles } from './dropped-answer-files';

const REFUSAL_KEYS: Record<AnswerRefusal, MessageKey> = {
  'too-large': 'classImportRefusedTooLarge',
  'not-json': 'classImportRefusedNotAnswers',
  'not-classroom': 'classImportRefusedNotAnswers',
  'newer-format': 'classImportRefusedNewerFormat',
  damaged: 'classImportRefusedDamaged',
  'duplicate-ids': 'classImportRefusedDamaged',
  'other-pack': 'classImportRefusedOtherPack',
  'is-pack': 'classImportRefusedIsPack',
  unreadable: 'classImportRefusedUnreadable',
  'storage-full': 'classImportRefusedStorageFull',
  'storage-failed': 'classImportRefusedStorageFailed',
};

const OUTCOME_KEYS = {
  added: 'classOutcomeAdded',
  replaced: 'classOutcomeReplaced',
  earlier: 'classOutcomeEarlier',
  same: 'classOutcomeSame',
} as const satisfies Record<Exclude<AnswerImportOutcome['status'], 'refused'>, MessageKey>;

/**
 * "Import answers…" and a drop target for answer files or whole folders of them; each file's outcome is
 * listed, and the list is a live region so a screen reader hears it.
 */
export function AnswerImport({ packId }: { packId: string }) {
  const { t } = useI18n();
  const platform = usePlatform();
  const [working, setWorking] = useState(false);
  const [outcomes, setOutcomes] = useState<AnswerImportOutcome[]>([]);
  const [hovering, setHovering] = useState(false);

  const run = async (files: readonly ImportFile[]) => {
    if (files.length === 0) return;
    setWorking(true);
    try {
      setOutcomes(await importAnswerFiles(files, packId));
    } finally {
      setWorking(false);
    }
  };

  // The window's own drop target imports documents into the library: a drop here is only the class's.
  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation();
    event.dataTransfer.dropEffect = 'copy';
    setHovering(true);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    if (!carriesFiles(event.dataTransfer)) return;
    event.preventDefault();
    event.stopPropagation();
    setHovering(false);
    void droppedAnswerFiles(event.dataTransfer).then(run);
  };

  const describe = (outcome: AnswerImportOutcome): string =>
    outcome.status === 'refused'
      ? t('classOutcomeRefused', { reason: t(REFUSAL_KEYS[outcome.reason]) })
      : t(OUTCOME_KEYS[outcome.status], { name: outcome.reader.name });

  return (
    <section
      className={`class-import${hovering ? ' is-hovering' : ''}`}
      aria-labelledby="class-import-title"
      onDragEnter={onDragOver}
      onDragOver={onDragOver}
      onDragLeave={(event) => {
        event.stopPropagation();
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setHovering(false);
      }}
      onDrop={onDrop}
    >
      <h3 id="class-import-title" className="visually-hidden">
        {t('classImport')}
      </h3>
      <button
        type="button"
        className="button primary"
        disabled={working}
        onClick={() => void platform.chooseImportFiles().then(run)}
      >
        {t('classImport')}
      </button>
      <p className="class-drop-hint">{t('classDropHint')}</p>
      <div className="class-outcomes" aria-live="polite">
        {working && <p>{t('classImporting')}</p>}
        {!working && outcomes.length > 0 && (
          <>
            <h4>{t('classOutcomesTitle')}</h4>
            <ul>
              {outcomes.map((outcome, index) => (
                <li key={index} className={`class-outcome is-${outcome.status}`}>
                  <bdi>{outcome.name}</bdi>: {describe(outcome)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
