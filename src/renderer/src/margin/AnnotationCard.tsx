import { memo, useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { HIGHLIGHT_COLORS, type Annotation, type HighlightColor } from '@shared/annotations/annotation-model';
import type { AnchoredAnnotation } from '@shared/annotations/anchored-annotation';
import type { AnnotationEdit } from '@shared/annotations/merge-edit';
import { useI18n } from '../i18n/I18nProvider';
import { SessionNoteEditor } from '../notes/SessionNoteEditor';
import type { ColorMeanings } from '../settings/color-settings';
import { COLOR_NAME_KEYS } from './annotation-colors';
import { clampQuote } from './quote-preview';
import { MarkedText, NO_SEARCH, type MarginSearch } from './MarkedText';
import { noteBlocks } from './note-blocks';
import { NoteView } from './NoteView';
import { useEditSession } from './useEditSession';
import { TagEditor } from './TagEditor';
import { useSaveTracker } from './save-status';
import type { AnnotationEditSession } from '../storage/edit-session';

export interface CardActions {
  onGo: (id: string) => void;
  onToggleEdit: (id: string) => void;
  onDelete: (id: string) => void;
  onCopyMarkdown: (id: string) => void;
  onResolveConflict: (copy: Annotation, keep: 'copy' | 'original') => void;
  onMoveFocus: (id: string, step: 1 | -1) => void;
}

export const AnnotationCard = memo(function AnnotationCard({
  item,
  textDir,
  active,
  editing,
  meanings,
  tagSuggestions,
  actions,
  search = NO_SEARCH,
}: {
  item: AnchoredAnnotation;
  /** The document's direction: quotes keep it whatever the interface's. */
  textDir: 'rtl' | 'ltr';
  active: boolean;
  editing: boolean;
  meanings: ColorMeanings;
  tagSuggestions: string[];
  actions: CardActions;
  /** The margin search: its matches are marked in the quote, the note and the tags. */
  search?: MarginSearch;
}) {
  const { t } = useI18n();
  const { annotation, anchor } = item;
  const { editorState, text: noteText } = annotation.note;
  const blocks = useMemo(() => noteBlocks(editorState, noteText), [editorState, noteText]);
  const { id } = annotation;
  const quote = annotation.target.selector[0].exact;
  const colorName = t(COLOR_NAME_KEYS[annotation.color]);
  const meaning = meanings[annotation.color];

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return;
    if (event.key === 'Enter') actions.onGo(id);
    else if (event.key === 'ArrowDown') actions.onMoveFocus(id, 1);
    else if (event.key === 'ArrowUp') actions.onMoveFocus(id, -1);
    else if (event.key === 'Delete') actions.onDelete(id);
    else return;
    event.preventDefault();
  };
  const editButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // After Escape closed the editor (its text box is gone), focus lands on the Edit button, not the page.
  useEffect(() => {
    if (editing || !returnFocus.current) return;
    returnFocus.current = false;
    editButton.current?.focus();
  }, [editing]);

  return (
    <article
      className={`annotation-card color-${annotation.color}${active ? ' is-active' : ''}`}
      tabIndex={0}
      data-annotation-id={id}
      aria-labelledby={`quote-${id}`}
      aria-current={active ? 'true' : undefined}
      onKeyDown={onKeyDown}
    >
      <button
        type="button"
        className="card-quote"
        id={`quote-${id}`}
        dir={textDir}
        title={t('goToPassage')}
        onClick={() => actions.onGo(id)}
      >
        <MarkedText text={clampQuote(quote, 220)} search={search} />
      </button>
      <p className="card-meta">
        <span className={`dot dot-${annotation.color}`} aria-hidden="true" />
        <span>{meaning ? `${colorName} · ${meaning}` : colorName}</span>
        {anchor.status === 'reanchored' && <span className="badge">{t('reanchored')}</span>}
      </p>
      {annotation.conflictOf && (
        <div className="conflict-notice" role="note">
          <p>{t('conflictNotice')}</p>
          <div className="card-actions">
            <button
              type="button"
              className="button"
              onClick={() => actions.onResolveConflict(annotation, 'copy')}
            >
              {t('conflictKeep')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => actions.onResolveConflict(annotation, 'original')}
            >
              {t('conflictDiscard')}
            </button>
          </div>
        </div>
      )}
      {!editing && blocks.length > 0 && <NoteView id={id} blocks={blocks} search={search} />}
      {!editing && annotation.tags.length > 0 && (
        <ul className="tag-list" aria-label={t('tagsLabel')}>
          {annotation.tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <bdi>
                <MarkedText text={`#${tag}`} search={search} />
              </bdi>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <div
          className="card-editor"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            // Escape closes the editor (the note is saved on blur) and leaves focus on its Edit button.
            event.preventDefault();
            returnFocus.current = true;
            actions.onToggleEdit(id);
          }}
        >
          <CardEditor
            annotation={annotation}
            quote={quote}
            meanings={meanings}
            tagSuggestions={tagSuggestions}
          />
        </div>
      )}
      <div className="card-actions">
        <button
          ref={editButton}
          type="button"
          className="button"
          aria-expanded={editing}
          onClick={() => actions.onToggleEdit(id)}
        >
          {editing ? t('closeEditor') : t('edit')}
        </button>
        <button type="button" className="button" onClick={() => actions.onCopyMarkdown(id)}>
          {t('copyMarkdown')}
        </button>
        <button type="button" className="button danger" onClick={() => actions.onDelete(id)}>
          {t('delete')}
        </button>
      </div>
    </article>
  );
});

/** The colour, note and tags of one annotation, saved through its edit session as they change. */
function CardEditor({
  annotation,
  quote,
  meanings,
  tagSuggestions,
}: {
  annotation: Annotation;
  quote: string;
  meanings: ColorMeanings;
  tagSuggestions: string[];
}) {
  const session = useEditSession(annotation);
  return (
    <SessionEditor
      session={session}
      annotation={annotation}
      quote={quote}
      meanings={meanings}
      tagSuggestions={tagSuggestions}
    />
  );
}

function SessionEditor({
  session,
  annotation,
  quote,
  meanings,
  tagSuggestions,
}: {
  session: AnnotationEditSession;
  annotation: Annotation;
  quote: string;
  meanings: ColorMeanings;
  tagSuggestions: string[];
}) {
  const { t } = useI18n();
  const { track } = useSaveTracker();
  const commit = (edit: AnnotationEdit) => {
    session.change(edit);
    void track(session.flush());
  };
  return (
    <>
      <div className="color-choice" role="radiogroup" aria-label={t('colorGroup')}>
        {HIGHLIGHT_COLORS.map((color: HighlightColor) => (
          <button
            key={color}
            type="button"
            role="radio"
            aria-checked={color === annotation.color}
            className={`swatch swatch-${color}`}
            aria-label={t(COLOR_NAME_KEYS[color])}
            title={meanings[color] ?? t(COLOR_NAME_KEYS[color])}
            onClick={() => commit({ color })}
          />
        ))}
      </div>
      <SessionNoteEditor
        session={session}
        label={t('noteLabel', { quote: clampQuote(quote, 40) })}
        onNote={(note) => commit({ note })}
      />
      <TagEditor
        tags={annotation.tags}
        suggestions={tagSuggestions}
        onChange={(tags) => commit({ tags })}
        onDraft={(tags) => session.typeTags(tags)}
      />
    </>
  );
}
