import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ArticleDocument } from '@shared/document/document-model';
import { useI18n } from '../../i18n/I18nProvider';
import { useAnnounce } from '../../margin/Announcer';
import { ProjectorLayerPanel } from './ProjectorLayerPanel';
import type { ProjectorLayers } from './projector-layers';
import {
  firstVisibleStep,
  projectorCommand,
  scrollBlockFor,
  stepTo,
  type ProjectorCommand,
} from './projector-steps';
import './projector.css';

/** How long the control strip stays after the mouse last moved. */
const STRIP_AWAKE_MS = 2500;

/** The blocks the projector steps through: the paragraphs, or every block of a text that has none. */
export function projectorSteps(document: ArticleDocument): string[] {
  const paragraphs = document.blocks.filter((block) => block.kind === 'paragraph');
  return (paragraphs.length > 0 ? paragraphs : document.blocks).map((block) => block.id);
}

/** Keys typed into a dialog or a field keep their meaning there. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof Element && target.closest('dialog, input, textarea, select, [contenteditable]') !== null
  );
}

function useStripAwake(): boolean {
  const [awake, setAwake] = useState(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const wake = () => {
      setAwake(true);
      clearTimeout(timer);
      timer = setTimeout(() => setAwake(false), STRIP_AWAKE_MS);
    };
    window.addEventListener('pointermove', wake);
    return () => {
      window.removeEventListener('pointermove', wake);
      clearTimeout(timer);
    };
  }, []);
  return awake;
}

/** Leaving the whole screen (Esc there is the browser's, and may never reach the page) leaves the mode. */
function useFullscreenExit(onExit: () => void): void {
  useEffect(() => {
    const onChange = () => {
      if (!window.document.fullscreenElement) onExit();
    };
    window.document.addEventListener('fullscreenchange', onChange);
    return () => {
      window.document.removeEventListener('fullscreenchange', onChange);
      if (window.document.fullscreenElement) void window.document.exitFullscreen().catch(() => undefined);
    };
  }, [onExit]);
}

/**
 * Projector mode over the reader's own article (so its highlights stay painted): large type, one paragraph
 * in focus and the rest dimmed, the app's chrome hidden (projector.css, keyed on <html data-projector>),
 * stepped by arrows, a clicker, Home and End; the class's questions and heat for the paragraph beside it.
 */
export function ProjectorMode({
  document,
  article,
  layers,
  onExit,
}: {
  document: ArticleDocument;
  article: HTMLElement;
  layers: ProjectorLayers;
  onExit: () => void;
}) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const steps = useMemo(() => projectorSteps(document), [document]);
  const elements = useMemo(
    () =>
      new Map(
        [...article.querySelectorAll<HTMLElement>('[data-block-id]')].map((element) => [
          element.dataset.blockId,
          element,
        ]),
      ),
    [article],
  );
  const [index, setIndex] = useState(() =>
    firstVisibleStep(steps.map((id) => elements.get(id)?.getBoundingClientRect().bottom ?? 0)),
  );
  const [heatShown, setHeatShown] = useState(true);
  const awake = useStripAwake();
  useFullscreenExit(onExit);

  const blockId = steps[index] ?? '';
  const hasQuestions = useMemo(
    () => steps.some((id) => layers.questionsForBlock(id).length > 0),
    [layers, steps],
  );
  const heat = heatShown ? layers.heat : undefined;
  const withPanel = hasQuestions || heat !== undefined;

  // Before the paragraph is scrolled to: it must be measured in the projector's type and column.
  useLayoutEffect(() => {
    const root = window.document.documentElement;
    root.dataset.projector = withPanel ? 'layers' : 'plain';
    return () => {
      delete root.dataset.projector;
    };
  }, [withPanel]);

  // On leaving, the article shows again at its own size with the paragraph that was in focus in sight.
  const inFocus = useRef<HTMLElement | undefined>(undefined);
  useLayoutEffect(() => {
    const active = article.ownerDocument.activeElement;
    if (!active || !article.contains(active)) article.focus({ preventScroll: true });
    window.getSelection()?.removeAllRanges();
    return () => inFocus.current?.scrollIntoView({ block: 'center' });
  }, [article]);

  const lastMove = useRef<ProjectorCommand | null>(null);
  useLayoutEffect(() => {
    const element = elements.get(blockId);
    inFocus.current = element;
    if (!element) return;
    element.setAttribute('aria-current', 'step');
    const near = lastMove.current === 'next' || lastMove.current === 'previous';
    const calm = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
    element.scrollIntoView({
      block: scrollBlockFor(element.getBoundingClientRect().height, window.innerHeight),
      behavior: near && !calm ? 'smooth' : 'instant',
    });
    return () => element.removeAttribute('aria-current');
  }, [blockId, elements, withPanel]);

  const announced = useRef(false);
  useEffect(() => {
    const position = { current: index + 1, count: steps.length };
    announce(t(announced.current ? 'projectorPosition' : 'projectorEntered', position));
    announced.current = true;
  }, [announce, index, steps.length, t]);

  const run = useCallback(
    (command: ProjectorCommand) => {
      if (command === 'exit') return onExit();
      if (command === 'toggleHeat') return setHeatShown((shown) => !shown);
      lastMove.current = command;
      setIndex((current) => stepTo(current, command, steps.length));
    },
    [onExit, steps.length],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTyping(event.target)) return;
      const command = projectorCommand(event, document.manifest.direction);
      if (!command || (command === 'toggleHeat' && !layers.heat)) return;
      // Space presses a focused button of the strip, as everywhere else.
      if (event.key === ' ' && event.target instanceof Element && event.target.closest('button')) return;
      event.preventDefault();
      // Before the reader's own keys: arrows here step paragraphs, they do not move a caret.
      event.stopPropagation();
      run(command);
    };
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [document.manifest.direction, layers.heat, run]);

  // A click on a paragraph brings it into focus.
  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const id = (event.target as Element | null)?.closest<HTMLElement>('[data-block-id]')?.dataset.blockId;
      const step = id ? steps.indexOf(id) : -1;
      if (step >= 0) setIndex(step);
    };
    article.addEventListener('click', onClick);
    return () => article.removeEventListener('click', onClick);
  }, [article, steps]);

  const position = { current: index + 1, count: steps.length };
  const questions = layers.questionsForBlock(blockId);
  return (
    <>
      {(questions.length > 0 || heat) && (
        <ProjectorLayerPanel questions={questions} blockId={blockId} heat={heat} />
      )}
      <div
        className="projector-strip"
        role="group"
        aria-label={t('projectorControls')}
        data-awake={awake || undefined}
      >
        <span className="projector-position">{t('projectorPosition', position)}</span>
        <button type="button" className="button" aria-keyshortcuts="PageUp" onClick={() => run('previous')}>
          {t('projectorPrevious')}
        </button>
        <button type="button" className="button" aria-keyshortcuts="PageDown" onClick={() => run('next')}>
          {t('projectorNext')}
        </button>
        {layers.heat && (
          <button
            type="button"
            className="button"
            aria-pressed={heatShown}
            aria-keyshortcuts="M"
            onClick={() => run('toggleHeat')}
          >
            {t('projectorHeat')}
          </button>
        )}
        <button type="button" className="button" aria-keyshortcuts="Escape" onClick={onExit}>
          {t('projectorExit')}
        </button>
      </div>
    </>
  );
}
