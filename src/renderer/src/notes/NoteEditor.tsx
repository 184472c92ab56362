import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { useId, type JSX, type ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { NOTE_EDITOR_CONFIG, NOTE_TRANSFORMERS } from './note-editor-config';
import type { NoteBody } from '@shared/annotations/annotation-model';
import { NoteAutoFocusPlugin } from './NoteAutoFocusPlugin';
import { NoteDirectionPlugin } from './NoteDirectionPlugin';
import { NoteFormatGuardPlugin } from './NoteFormatGuardPlugin';
import { NoteSavePlugin, type NoteJournal } from './NoteSavePlugin';
import { NoteToolbar } from './NoteToolbar';
import './note-editor.css';

export interface NoteEditorProps {
  /** A NoteBody's editorState, or null for a new note. Read once, on mount. */
  initialState: string | null;
  /** Called (debounced, and on blur/unmount) with the whole note; EMPTY_NOTE's shape when cleared. */
  onChange: (note: NoteBody) => void;
  /** The text box's accessible name, e.g. which highlight the note belongs to. */
  label: string;
  /** Journals every keystroke synchronously, so nothing typed is lost before the debounced save. */
  journal?: NoteJournal;
  autoFocus?: boolean;
  /** Further Lexical plugins, rendered inside the composer. */
  children?: ReactNode;
}

export function NoteEditor({
  initialState,
  onChange,
  label,
  journal,
  autoFocus = false,
  children,
}: NoteEditorProps): JSX.Element {
  const { t } = useI18n();
  const inputId = useId();
  // Lexical reads initialConfig once; `undefined` (not null) makes it start with an empty paragraph.
  const initialConfig: InitialConfigType = { ...NOTE_EDITOR_CONFIG, editorState: initialState ?? undefined };

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <div className="note-editor">
        <NoteToolbar controls={inputId} />
        <div className="note-editor__surface">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                id={inputId}
                className="note-editor__input"
                aria-label={label}
                aria-multiline
                aria-placeholder={t('notePlaceholder')}
                placeholder={<div className="note-editor__placeholder">{t('notePlaceholder')}</div>}
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <MarkdownShortcutPlugin transformers={NOTE_TRANSFORMERS} />
        <NoteDirectionPlugin />
        <NoteFormatGuardPlugin />
        <NoteSavePlugin onChange={onChange} journal={journal} />
        {autoFocus && <NoteAutoFocusPlugin />}
        {children}
      </div>
    </LexicalComposer>
  );
}
