import { useEffect, useRef, useState } from 'react';
import type { UiLanguage } from '@shared/platform/platform-contract';
import { IMPORT_MAX_BYTES } from '@shared/import/import-model';
import { formatNumber } from '../i18n/messages';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/catalog';
import { batchProgress, isFinished, type ImportItem, type ImportItemState } from './import-queue';
import { useImports } from './ImportProvider';
import type { PackRefusal } from '../classroom/pack/open-pack';
import type { OpenedPack } from '../storage/pack-store';

const STAGES: Record<Extract<ImportItemState, { status: 'working' }>['stage'], MessageKey> = {
  reading: 'importStageReading',
  extracting: 'importStageExtracting',
  sanitizing: 'importStageSanitizing',
  structuring: 'importStageStructuring',
  saving: 'importStageSaving',
};

const REFUSALS: Record<Extract<ImportItemState, { status: 'refused' }>['reason'], MessageKey> = {
  'unsupported-type': 'importRefusedType',
  'too-large': 'importRefusedTooLarge',
  empty: 'importRefusedEmpty',
  'unknown-encoding': 'importRefusedEncoding',
  'no-text': 'importRefusedNoText',
  damaged: 'importRefusedDamaged',
  unreadable: 'importRefusedUnreadable',
  'timed-out': 'importRefusedTimedOut',
  'storage-failed': 'importRefusedStorage',
};

const PACK_REFUSALS: Record<PackRefusal, MessageKey> = {
  'too-large': 'classRefusedTooLarge',
  'not-json': 'classRefusedNotJson',
  'not-classroom': 'classRefusedNotClassroom',
  'newer-format': 'classRefusedNewer',
  damaged: 'classRefusedDamaged',
  'duplicate-ids': 'classRefusedDuplicateIds',
  'other-pack': 'classRefusedOtherPack',
  'answers-here': 'classRefusedAnswersHere',
};

const PACK_OUTCOMES: Record<OpenedPack, MessageKey> = {
  opened: 'packOpened',
  updated: 'packUpdated',
  same: 'packAlreadyOpen',
  own: 'packOwn',
};

const MEGABYTE = 1024 * 1024;

/**
 * A file imported on its own whose text the library already holds, or a reading pack opened on its own:
 * the reader gets that document, opened.
 */
function useOpenLoneDuplicate(items: readonly ImportItem[], onOpen: (id: string) => void): void {
  const opened = useRef(new Set<number>());
  useEffect(() => {
    for (const { batchSize, key, state } of items) {
      const opens = state.status === 'duplicate' || state.status === 'pack';
      if (batchSize !== 1 || !opens || opened.current.has(key)) continue;
      opened.current.add(key);
      onOpen(state.id);
    }
  }, [items, onOpen]);
}

type Translate = ReturnType<typeof useI18n>['t'];

/** The sentence that says where a file stands: shown in its row, and announced once it has an outcome. */
function outcomeText(state: ImportItemState, t: Translate, language: UiLanguage): string {
  switch (state.status) {
    case 'waiting':
      return t('importWaiting');
    case 'working':
      return t(STAGES[state.stage]);
    case 'imported':
      return t('importDone');
    case 'duplicate':
      return t('importDuplicate');
    case 'replaced':
      return t('importReplaced', { reanchored: state.reanchored, orphaned: state.orphaned });
    case 'ask':
      return t('importAsk', { title: state.title, count: state.annotations });
    case 'refused':
      return t(REFUSALS[state.reason], { limit: formatNumber(language, IMPORT_MAX_BYTES / MEGABYTE) });
    case 'skipped':
      return t('importSkipped');
    case 'pack':
      return t(PACK_OUTCOMES[state.opened], { title: state.title });
    case 'pack-refused':
      return t(PACK_REFUSALS[state.reason], { detail: state.detail ?? '' });
  }
}

/** Each outcome, and each question, said once to screen readers as it arrives: "file: what happened". */
function useOutcomeAnnouncement(items: readonly ImportItem[]): string {
  const { t, language } = useI18n();
  const said = useRef(new Map<number, string>());
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    for (const item of items) {
      const { status } = item.state;
      if (!isFinished(item.state) && status !== 'ask') continue;
      if (said.current.get(item.key) === status) continue;
      said.current.set(item.key, status);
      setAnnouncement(`${item.name}: ${outcomeText(item.state, t, language)}`);
    }
  }, [items, language, t]);
  return announcement;
}

function ItemOutcome({ item, onOpen }: { item: ImportItem; onOpen: (id: string) => void }) {
  const { t, language } = useI18n();
  const { decide } = useImports();
  const { state } = item;
  const text = outcomeText(state, t, language);
  switch (state.status) {
    case 'working':
      return (
        <>
          <p className="import-state">{text}</p>
          <progress
            aria-label={t('importProgressOf', { name: item.name })}
            {...(state.fraction !== null && { value: state.fraction, max: 1 })}
          />
        </>
      );
    case 'imported':
    case 'duplicate':
    case 'replaced':
    case 'pack':
      return (
        <div className="import-state-row">
          <p className="import-state">{text}</p>
          <button type="button" className="button" onClick={() => onOpen(state.id)}>
            {t('importOpen', { name: item.name })}
          </button>
        </div>
      );
    case 'ask':
      return (
        <div className="import-ask" role="group" aria-label={t('importAskLabel', { name: item.name })}>
          <p className="import-state">{text}</p>
          <div className="import-choices">
            <button type="button" className="button primary" onClick={() => void decide(item.key, 'replace')}>
              {t('importReplace')}
            </button>
            <button type="button" className="button" onClick={() => void decide(item.key, 'keep-both')}>
              {t('importKeepBoth')}
            </button>
            <button type="button" className="button" onClick={() => void decide(item.key, 'skip')}>
              {t('importSkip')}
            </button>
          </div>
        </div>
      );
    default:
      return <p className={`import-state${state.status.endsWith('refused') ? ' error' : ''}`}>{text}</p>;
  }
}

/**
 * What happened to each file of the imports under way, over whichever screen is shown: the reader
 * keeps reading meanwhile, and nothing here takes the focus.
 */
export function ImportPanel({ onOpen }: { onOpen: (id: string) => void }) {
  const { t } = useI18n();
  const { items, clearFinished } = useImports();
  useOpenLoneDuplicate(items, onOpen);
  const announcement = useOutcomeAnnouncement(items);
  if (items.length === 0) return null;
  const { done, total } = batchProgress(items);
  return (
    <section className="import-panel" aria-labelledby="import-panel-title">
      <div className="import-panel-head">
        <h2 id="import-panel-title">{t('importPanelTitle')}</h2>
        <p role="status">{t('importCount', { done, total })}</p>
        <button type="button" className="button" onClick={clearFinished} disabled={done === 0}>
          {t('importClear')}
        </button>
      </div>
      <ul className="import-items">
        {items.map((item) => (
          <li key={item.key} className={`import-item is-${item.state.status}`}>
            <p className="import-name" dir="auto">
              <bdi>{item.name}</bdi>
            </p>
            <ItemOutcome item={item} onOpen={onOpen} />
          </li>
        ))}
      </ul>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
}
