import { lazy, Suspense, useMemo } from 'react';
import type { NoteBody } from '@shared/annotations/annotation-model';
import { sanitizeNoteState } from '@shared/notes/sanitize-note-state';
import { useI18n } from '../i18n/I18nProvider';
import type { AnnotationEditSession } from '../storage/edit-session';
import { useSessionRevision } from '../storage/edit-sessions';
import { NoteErrorBoundary } from './NoteErrorBoundary';

// Lexical stays out of the article's first paint; it is fetched once the window is idle (see preloadNoteEditor).
const loadNoteEditor = () => import('./NoteEditor');
const NoteEditor = lazy(() => loadNoteEditor().then((m) => ({ default: m.NoteEditor })));

/** Loads the note editor ahead of need, so pressing N and typing at once loses no keystroke. */
export function preloadNoteEditor(): void {
  const load = () => void loadNoteEditor();
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 500);
}

/**
 * The rich-text editor of one annotation's note, journaled and saved through its edit session: a margin
 * note and a student's answer alike.
 */
export function SessionNoteEditor({
  session,
  label,
  onNote,
}: {
  session: AnnotationEditSession;
  label: string;
  onNote: (note: NoteBody) => void;
}) {
  const { t } = useI18n();
  // Bumped when another window changed the note while nothing was unsaved here: the editor reloads it.
  const revision = useSessionRevision(session);
  // A stored state may come from an older restore or another app: only what our editor makes is loaded.
  const initialState = useMemo(
    () => sanitizeNoteState(session.note.editorState, session.note.text).editorState,
    // The note is replaced exactly when the revision moves.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, revision],
  );
  return (
    <NoteErrorBoundary
      fallback={
        <div className="note-unreadable" role="alert">
          <p>{t('noteUnreadable')}</p>
          <p dir="auto">{session.note.text}</p>
        </div>
      }
    >
      <Suspense fallback={<p className="field-label">{t('loading')}</p>}>
        <NoteEditor
          key={revision}
          initialState={initialState}
          onChange={onNote}
          journal={session}
          label={label}
          autoFocus
        />
      </Suspense>
    </NoteErrorBoundary>
  );
}
