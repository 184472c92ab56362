import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Annotation, HighlightColor } from '@shared/annotations/annotation-model';
import { createAnnotation } from '@shared/annotations/create-annotation';
import type { ArticleDocument } from '@shared/document/document-model';
import type { PassageTarget } from '@shared/links/passage-link';
import { findExactHighlight } from '@shared/annotations/anchored-annotation';
import { editBaseOf } from '@shared/annotations/merge-edit';
import { resolveConflict, saveAnnotationEdit } from '../storage/annotation-edits';
import { putAnnotation } from '../storage/annotation-store';
import { setConflictTag } from '../storage/edit-sessions';
import { useAnnounce } from '../margin/Announcer';
import { preloadNoteEditor } from '../notes/SessionNoteEditor';
import { MarginActions } from '../margin/MarginActions';
import { usePrintDialog } from '../export/PrintButton';
import { focusCard, MarginSidebar, SHEET_MEDIA } from '../margin/MarginSidebar';
import { clampQuote } from '../margin/quote-preview';
import { useSaveTracker } from '../margin/save-status';
import { useDocumentAnnotations } from './useDocumentAnnotations';
import { useReaderLayers } from '../classroom/readers/ReaderLayers';
import { useClassPane } from '../classroom/class-view/useClassPane';
import { useReaders } from '../storage/reader-store';
import { UndoToast, useUndoableDelete } from '../margin/useUndoableDelete';
import { useI18n } from '../i18n/I18nProvider';
import { saveLastColor, useColorSettings } from '../settings/color-settings';
import { ArticleView } from './ArticleView';
import { handleCaretKey } from './keyboard-caret';
import { KeyboardMapDialog, useKeyboardLayout } from './KeyboardMapDialog';
import { colorKeysLabel, isModifierShortcut, keyLabel, readerShortcut } from './reader-shortcuts';
import { FindBar } from './FindBar';
import { OverlapPicker } from './OverlapPicker';
import { useDismissPrerenderedShell } from './prerendered-shell';
import { RelatedPieces } from './RelatedPieces';
import { SelectionToolbar } from './SelectionToolbar';
import { readArticleSelection, useArticleSelection } from './useArticleSelection';
import { useHighlightPainting } from './useHighlightPainting';
import { isQuestionKey, useReadingPack } from '../classroom/pack/useReadingPack';
import { useClassProjectorLayers } from '../classroom/pack/useClassProjectorLayers';
import { ProjectorMode } from '../classroom/projector/ProjectorMode';
import { useProjector } from '../classroom/projector/useProjector';
import './highlights.css';

async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

/** The article and its margin: selecting, highlighting, painting, and the sidebar of annotations. */
export function Reader({ document, target }: { document: ArticleDocument; target?: PassageTarget | null }) {
  const { t, language } = useI18n();
  const announce = useAnnounce();
  const { track } = useSaveTracker();
  const { meanings, lastColor } = useColorSettings();
  const all = useDocumentAnnotations(document);
  // A student's answers to a reading pack live in the pack's tab, not among the highlights.
  const items = useMemo(() => all?.filter((item) => item.annotation.replyTo === undefined), [all]);
  const answers = useMemo(() => all?.filter((item) => item.annotation.replyTo !== undefined) ?? [], [all]);
  const author = useReaders()?.current;
  const undo = useUndoableDelete();
  const print = usePrintDialog(document, items ?? [], meanings);

  const [activeId, setActiveId] = useState<string | null>(null);
  const { articleRef, textMap, hitTest } = useHighlightPainting(document, items, activeId);
  const layers = useReaderLayers(document, textMap);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [picker, setPicker] = useState<{ x: number; y: number; ids: string[] } | null>(null);
  const [finding, setFinding] = useState(0);
  // Narrow windows only: the margin opens as a sheet when a highlight is opened or asked for.
  const [marginOpen, setMarginOpen] = useState(false);

  // Ctrl/Cmd+F finds in the article (again: back to the field), wherever the focus is.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isModifierShortcut(event, 'f')) {
        event.preventDefault();
        setFinding((count) => count + 1);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const closeFind = useCallback(() => {
    setFinding(0);
    articleRef.current?.focus({ preventScroll: true });
  }, [articleRef]);

  useEffect(preloadNoteEditor, []);
  useDismissPrerenderedShell();

  const selection = useArticleSelection(articleRef.current, textMap, document.text);
  const byId = useMemo(() => new Map((items ?? []).map((item) => [item.annotation.id, item])), [items]);

  const goTo = useCallback(
    (id: string, focusArticle = true) => {
      const item = byId.get(id);
      setActiveId(id);
      if (!item || item.anchor.status === 'orphan' || !textMap) return;
      const range = textMap.rangeFor(item.anchor.start, item.anchor.end);
      if (!range) return;
      // Where the margin is a sheet over the article, it steps aside so the passage can be seen.
      if (focusArticle && window.matchMedia(SHEET_MEDIA).matches) setMarginOpen(false);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      if (focusArticle) {
        // The caret lands at the passage, so Shift+arrows continue from there.
        window.getSelection()?.collapse(range.startContainer, range.startOffset);
        articleRef.current?.focus({ preventScroll: true });
        announce(t('activeAnnotation', { quote: clampQuote(item.annotation.target.selector[0].exact, 80) }));
      }
    },
    [announce, articleRef, byId, t, textMap],
  );

  // A link names an annotation, and the passage in case the annotation has been deleted since.
  const [reachedTarget, setReachedTarget] = useState<PassageTarget | null>(null);
  useEffect(() => {
    if (!target || target === reachedTarget || !items || !textMap) return;
    setReachedTarget(target);
    if (target.annotationId && byId.has(target.annotationId)) {
      goTo(target.annotationId, false);
      focusCard(target.annotationId);
    } else if (target.start !== undefined && target.end !== undefined) {
      textMap
        .rangeFor(target.start, target.end)
        ?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    }
  }, [target, reachedTarget, items, textMap, byId, goTo]);

  const goToPassage = useCallback(
    (start: number, end: number) => {
      const range = textMap?.rangeFor(start, end);
      if (!range) return;
      if (window.matchMedia(SHEET_MEDIA).matches) setMarginOpen(false);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
      window.getSelection()?.collapse(range.startContainer, range.startOffset);
      articleRef.current?.focus({ preventScroll: true });
    },
    [articleRef, textMap],
  );
  const pack = useReadingPack({
    document,
    reader: author,
    highlights: items ?? [],
    answers,
    textMap,
    announce,
    onGo: goToPassage,
  });
  const classPane = useClassPane(document, articleRef, pack.stored);

  const conflictTag = t('restoreConflictTag');
  useEffect(() => setConflictTag(conflictTag), [conflictTag]);

  const openEditor = useCallback((id: string) => {
    setActiveId(id);
    setEditingId(id);
    setMarginOpen(true);
  }, []);

  const highlight = useCallback(
    async (color: HighlightColor, withNote = false) => {
      const article = articleRef.current;
      const current = article && textMap ? readArticleSelection(article, textMap, document.text) : null;
      if (!current || !author) return;
      // Exactly an existing highlight: the note or colour asked for is that highlight's.
      const existing = findExactHighlight(items ?? [], current.start, current.end);
      if (existing) {
        window.getSelection()?.removeAllRanges();
        const { annotation } = existing;
        if (withNote) {
          openEditor(annotation.id);
        } else {
          if (annotation.color !== color) {
            await track(saveAnnotationEdit(editBaseOf(annotation), { color }, { conflictTag }));
          }
          setActiveId(annotation.id);
          articleRef.current?.focus({ preventScroll: true });
        }
        return;
      }
      const annotation = createAnnotation({
        id: crypto.randomUUID(),
        document,
        start: current.start,
        end: current.end,
        color,
        author,
        now: new Date(),
      });
      window.getSelection()?.removeAllRanges();
      const saved = await track(putAnnotation(annotation));
      if (saved === undefined) return;
      void saveLastColor(color);
      setActiveId(annotation.id);
      announce(t('created', { quote: clampQuote(annotation.target.selector[0].exact, 80) }));
      if (withNote) {
        openEditor(annotation.id);
      } else {
        articleRef.current?.focus({ preventScroll: true });
      }
    },
    [announce, articleRef, author, conflictTag, document, items, openEditor, t, textMap, track],
  );

  const copyQuote = useCallback(async () => {
    if (!selection) return;
    // Loads on first use, like the exporter: citing plays no part in showing the article.
    const { quoteCitation } = await import('../export/quote-citation');
    await copyText(
      await quoteCitation(document.text.slice(selection.start, selection.end), document.manifest),
    );
    announce(t('quoteCopied'));
  }, [announce, document.manifest, document.text, selection, t]);

  const [showingKeys, setShowingKeys] = useState(false);
  const closeKeys = useCallback(() => setShowingKeys(false), []);
  const keyboardLayout = useKeyboardLayout();
  const projector = useProjector(articleRef);
  const projectorLayers = useClassProjectorLayers(document, pack.stored, pack.questions, projector.active);

  const onArticleKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    const article = articleRef.current;
    if (!article || event.target !== article) return;
    if (handleCaretKey(event.nativeEvent, article)) {
      event.preventDefault();
      return;
    }
    const action = readerShortcut(event.nativeEvent);
    if (action?.kind === 'clear') {
      window.getSelection()?.removeAllRanges();
      setActiveId(null);
    } else if (action?.kind === 'help') {
      event.preventDefault();
      setShowingKeys(true);
    } else if (action?.kind === 'projector') {
      event.preventDefault();
      projector.open();
    } else if (isQuestionKey(event.nativeEvent) && pack.ask && selection) {
      event.preventDefault();
      void pack.ask(selection.start, selection.end);
    } else if (action && selection) {
      event.preventDefault();
      void highlight((action.kind === 'highlight' && action.color) || lastColor, action.kind === 'note');
    }
  };

  const onArticleClick = (event: React.MouseEvent<HTMLElement>) => {
    if (!window.getSelection()?.isCollapsed) return;
    const ids = hitTest(event.clientX, event.clientY);
    if (ids.length === 1) {
      setActiveId(ids[0] ?? null);
      setMarginOpen(true);
      focusCard(ids[0] as string);
    } else if (ids.length > 1) {
      setPicker({ x: event.clientX, y: event.clientY, ids });
    }
  };

  const actions = useMemo(
    () => ({
      onGo: (id: string) => goTo(id),
      onToggleEdit: (id: string) => {
        setActiveId(id);
        setEditingId((current) => (current === id ? null : id));
      },
      onDelete: (id: string) => {
        setEditingId((current) => (current === id ? null : current));
        void undo.remove([id]);
      },
      onCopyMarkdown: (id: string) => {
        const item = byId.get(id);
        if (!item) return;
        // The exporter loads on first use: it plays no part in showing the article.
        void import('@shared/export/markdown-export')
          .then(({ annotationToMarkdown }) =>
            copyText(
              annotationToMarkdown(item.annotation, {
                document,
                anchor: item.anchor,
                colorMeanings: meanings,
                language,
              }),
            ),
          )
          .then(() => announce(t('exportCopied')));
      },
      onResolveConflict: (copy: Annotation, keep: 'copy' | 'original') => {
        void track(resolveConflict(copy, keep, { conflictTag })).then(
          (done) => done && announce(t('conflictResolved')),
        );
      },
    }),
    [announce, byId, conflictTag, document, goTo, language, meanings, t, track, undo],
  );

  const closePicker = useCallback(() => {
    setPicker(null);
    articleRef.current?.focus({ preventScroll: true });
  }, [articleRef]);
  return (
    <main className="reader-layout" id="main">
      <div className="article-column" onKeyDown={onArticleKeyDown} onClick={onArticleClick}>
        <div className="find-row">
          {finding > 0 && textMap ? (
            <FindBar key={finding} text={document.text} textMap={textMap} onClose={closeFind} />
          ) : (
            <button
              type="button"
              className="button find-open"
              onClick={() => setFinding(1)}
              aria-keyshortcuts="Control+F"
            >
              <span aria-hidden="true">⌕</span> {t('findOpen')}
            </button>
          )}
        </div>
        {layers.panel}
        <ArticleView ref={articleRef} document={document} />
        {selection && !selection.dragging && (
          <SelectionToolbar
            rect={selection.rect}
            meanings={meanings}
            lastColor={lastColor}
            onHighlight={(color) => void highlight(color)}
            onNote={() => void highlight(lastColor, true)}
            onCopy={() => void copyQuote()}
            {...(pack.ask && {
              onQuestion: () => void pack.ask?.(selection.start, selection.end),
            })}
            onDismiss={() => articleRef.current?.focus({ preventScroll: true })}
          />
        )}
        <p className="shortcut-hint">
          {t('shortcutsHint', {
            highlight: keyLabel('KeyH', keyboardLayout),
            note: keyLabel('KeyN', keyboardLayout),
            colors: colorKeysLabel(keyboardLayout),
          })}{' '}
          <button
            type="button"
            className="button keys-open"
            aria-haspopup="dialog"
            aria-keyshortcuts="?"
            onClick={() => setShowingKeys(true)}
          >
            {t('keysOpen')}
          </button>
        </p>
        {showingKeys && <KeyboardMapDialog onClose={closeKeys} />}
        <RelatedPieces pieces={document.related} lang={document.manifest.language} />
      </div>
      {projector.active && articleRef.current && (
        <ProjectorMode
          document={document}
          article={articleRef.current}
          layers={projectorLayers}
          onExit={projector.close}
        />
      )}
      <button
        type="button"
        className="button margin-toggle"
        aria-controls="margin"
        aria-expanded={marginOpen}
        onClick={() => setMarginOpen((open) => !open)}
      >
        {t('marginToggle', { count: items?.length ?? 0 })}
      </button>
      <MarginSidebar
        open={marginOpen}
        onClose={() => setMarginOpen(false)}
        items={items ?? []}
        loading={items === undefined}
        textDir={document.manifest.direction}
        activeId={activeId}
        editingId={editingId}
        meanings={meanings}
        actions={actions}
        panes={classPane ? [...pack.panes, classPane] : pack.panes}
        selectedPane={pack.selectedPane}
        onSelectPane={pack.selectPane}
        toolbar={
          <MarginActions
            document={document}
            items={items ?? []}
            meanings={meanings}
            onDeleteAll={() => void undo.remove((items ?? []).map((item) => item.annotation.id))}
            onPrint={print.open}
            extra={pack.prepare}
          />
        }
      />
      {print.dialog}
      {picker && (
        <OverlapPicker
          at={picker}
          annotations={picker.ids.map((id) => byId.get(id)?.annotation).filter((a): a is Annotation => !!a)}
          onPick={(id) => {
            setPicker(null);
            setActiveId(id);
            setMarginOpen(true);
            focusCard(id);
          }}
          onClose={closePicker}
        />
      )}
      <UndoToast deleted={undo.deleted} onUndo={() => void undo.undo()} onDismiss={undo.dismiss} />
    </main>
  );
}
