import { useCallback, useMemo, useState, type ReactNode } from 'react';
import type { Reader } from '@shared/annotations/annotation-model';
import type { AnchoredAnnotation } from '@shared/annotations/anchored-annotation';
import { addQuestion, newPack } from '@shared/classroom/pack-edits';
import { placeTeacherLayer, type PlacedQuestion } from '@shared/classroom/teacher-layer';
import type { ArticleDocument } from '@shared/document/document-model';
import { useI18n } from '../../i18n/I18nProvider';
import type { MarginPane } from '../../margin/MarginSidebar';
import { clampQuote } from '../../margin/quote-preview';
import { useSaveTracker } from '../../margin/save-status';
import type { TextMap } from '../../reader/dom-text-map';
import { useColorSettings } from '../../settings/color-settings';
import type { StoredPack } from '../../storage/db';
import { startPack, updatePack, usePackFor } from '../../storage/pack-store';
import { PackEditor } from './PackEditor';
import { StudentQuestions } from './StudentQuestions';
import { useTeacherLayerPainting } from './useTeacherLayerPainting';
import './classroom.css';

export const PACK_PANE = 'pack';

/** Q asks a question on the selection while a pack is prepared: the physical key, on any layout. */
export function isQuestionKey(event: KeyboardEvent): boolean {
  return event.code === 'KeyQ' && !event.ctrlKey && !event.metaKey && !event.altKey;
}

export interface ReadingPackView {
  /** The document's pack; undefined while loading, null when it has none. */
  stored: StoredPack | null | undefined;
  /** Its questions placed in the text, in reading order. */
  questions: readonly PlacedQuestion[];
  /** The margin's pack tab, when the document has a pack. */
  panes: MarginPane[];
  selectedPane: string | null;
  selectPane: (id: string | null) => void;
  /** Only while the reader prepares a pack here: asks a question on text[start, end). */
  ask?: (start: number, end: number) => Promise<void>;
  /** "Prepare a reading pack", for the margin's actions; null once the document has a pack. */
  prepare: ReactNode;
}

/**
 * The reading pack of the open document, for the teacher preparing it or a student answering it: the
 * margin's pack tab, the teacher's layer painted in the article, and asking questions from a selection.
 */
export function useReadingPack({
  document,
  reader,
  highlights,
  answers,
  textMap,
  announce,
  onGo,
}: {
  document: ArticleDocument;
  reader: Reader | undefined;
  /** The reader's own highlights on the document (answers excluded). */
  highlights: readonly AnchoredAnnotation[];
  /** The reader's answers to pack questions on the document. */
  answers: readonly AnchoredAnnotation[];
  textMap: TextMap | null;
  announce: (message: string) => void;
  onGo: (start: number, end: number) => void;
}): ReadingPackView {
  const { t } = useI18n();
  const { track } = useSaveTracker();
  const { meanings } = useColorSettings();
  const stored = usePackFor(document.manifest.id);
  const [chosenPane, selectPane] = useState<string | null | undefined>(undefined);
  const placed = useMemo(
    () => (stored ? placeTeacherLayer(document.text, stored.pack) : { guide: [], questions: [] }),
    [document.text, stored],
  );
  const isAuthor = stored?.role === 'author';
  // The teacher's own guide highlights are already painted as theirs; a student sees them as the teacher's.
  useTeacherLayerPainting(textMap, isAuthor ? [] : placed.guide, placed.questions);

  const packId = stored?.packId;
  const ask = useCallback(
    async (start: number, end: number) => {
      if (!packId) return;
      const id = crypto.randomUUID();
      const saved = await track(
        updatePack(packId, (pack) => addQuestion(pack, { id, document, start, end, now: new Date() })),
      );
      if (!saved) return;
      selectPane(PACK_PANE);
      announce(t('questionAdded', { quote: clampQuote(document.text.slice(start, end), 60) }));
      requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          window.document
            .querySelector<HTMLElement>(`#pack-question-${CSS.escape(id)} ~ label textarea`)
            ?.focus(),
        ),
      );
    },
    [announce, document, packId, t, track],
  );

  const prepare = async () => {
    if (!reader) return;
    const pack = newPack({
      packId: crypto.randomUUID(),
      document,
      teacher: reader,
      colorMeanings: meanings,
      now: new Date(),
    });
    if (await track(startPack(pack, document.manifest.id))) selectPane(PACK_PANE);
  };

  const panes: MarginPane[] = !stored
    ? []
    : [
        {
          id: PACK_PANE,
          label: t('packTab'),
          content: isAuthor ? (
            <PackEditor
              key={stored.packId}
              pack={stored.pack}
              highlights={highlights}
              questions={placed.questions}
              textDir={document.manifest.direction}
              onGo={onGo}
            />
          ) : reader ? (
            <StudentQuestions
              // Each reader of a shared laptop answers afresh: nothing of the previous reader's stays.
              key={reader.id}
              document={document}
              pack={stored.pack}
              questions={placed.questions}
              answers={answers}
              reader={reader}
              onGo={onGo}
            />
          ) : null,
        },
      ];

  return {
    stored,
    questions: placed.questions,
    panes,
    // A student lands on the questions; a teacher on their notes until they open the pack.
    selectedPane: chosenPane === undefined ? (stored && !isAuthor ? PACK_PANE : null) : chosenPane,
    selectPane,
    ...(isAuthor && { ask }),
    prepare:
      stored === null ? (
        <div className="pack-prepare">
          <button type="button" className="button" onClick={() => void prepare()}>
            {t('packPrepare')}
          </button>
          <p className="field-hint">{t('packPrepareHint')}</p>
        </div>
      ) : null,
  };
}
