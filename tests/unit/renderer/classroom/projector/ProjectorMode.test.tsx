// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleDocument } from '@shared/document/document-model';
import { buildDocument, parseManifest } from '@shared/document/library';
import { layoutBlocks } from '@shared/document/layout-blocks';
import { ProjectorMode } from '@renderer/classroom/projector/ProjectorMode';
import { NO_PROJECTOR_LAYERS, type ProjectorLayers } from '@renderer/classroom/projector/projector-layers';
import { I18nProvider } from '@renderer/i18n/I18nProvider';
import { AnnouncerProvider } from '@renderer/margin/Announcer';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

/** A title, a heading and three paragraphs: the projector steps through the paragraphs only. */
function shortDocument(): ArticleDocument {
  const manifest = parseManifest({
    id: 'projector-steps',
    file: 'projector-steps.ar.txt',
    title: 'مقال قصير',
    language: 'ar',
    direction: 'rtl',
    source: { name: 'اختبار' },
    publication: '2022-01',
    related: [],
  });
  const { blocks } = layoutBlocks(manifest.title, [
    { kind: 'paragraph', text: 'الفقرة الأولى.' },
    { kind: 'heading', text: 'عنوان فرعي' },
    { kind: 'paragraph', text: 'الفقرة الثانية.' },
    { kind: 'paragraph', text: 'الفقرة الثالثة.' },
  ]);
  return { ...buildDocument(manifest, manifest.title), blocks };
}

const document_ = shortDocument();
const paragraphIds = document_.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.id);
const [first, second, third] = paragraphIds as [string, string, string];

/** A class that asked one question on the second paragraph and highlighted the second most. */
const classLayers: ProjectorLayers = {
  questionsForBlock: (id) =>
    id === second ? [{ prompt: 'لماذا تهتم الصين بكازاخستان؟', choices: ['الطاقة', 'الطرق'] }] : [],
  heat: new Map([
    [first, 1],
    [second, 4],
    [third, 2],
  ]),
};

let container: HTMLDivElement;
let article: HTMLElement;
let root: Root;
let onExit: ReturnType<typeof vi.fn<() => void>>;

beforeEach(() => {
  localStorage.setItem('hamish.uiLanguage', 'ar');
  // jsdom does no layout: every block is on screen and nothing scrolls.
  Element.prototype.scrollIntoView = vi.fn();
  Element.prototype.getBoundingClientRect = () => new DOMRect(0, 10, 100, 50);
  article = document.createElement('article');
  article.tabIndex = 0;
  for (const block of document_.blocks) {
    const element = document.createElement(block.kind === 'paragraph' ? 'p' : 'h2');
    element.dataset.blockId = block.id;
    element.textContent = block.text;
    article.append(element);
  }
  container = document.createElement('div');
  document.body.append(article, container);
  root = createRoot(container);
  onExit = vi.fn<() => void>();
});

afterEach(() => {
  act(() => root.unmount());
  article.remove();
  container.remove();
});

function mount(layers: ProjectorLayers) {
  act(() =>
    root.render(
      <I18nProvider>
        <AnnouncerProvider>
          <ProjectorMode document={document_} article={article} layers={layers} onExit={onExit} />
        </AnnouncerProvider>
      </I18nProvider>,
    ),
  );
}

function press(key: string, code = key, init: KeyboardEventInit = {}, target: Element = article) {
  act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key, code, bubbles: true, ...init })));
}

const inFocus = () =>
  [...article.querySelectorAll('[aria-current="step"]')].map((el) => el.getAttribute('data-block-id'));
const heatText = () => container.querySelector('[data-testid="projector-heat"] p')?.textContent ?? null;

async function announced(): Promise<string> {
  await act(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  return container.querySelector('[data-testid="announcer"]')?.textContent ?? '';
}

describe('ProjectorMode', () => {
  it('steps through the paragraphs by the keys of an Arabic text and a clicker', async () => {
    mount(NO_PROJECTOR_LAYERS);
    expect(document.documentElement.dataset.projector).toBe('plain');
    expect(inFocus()).toEqual([first]);
    expect(await announced()).toContain('الفقرة 1 من 3');
    const steps: [string, string, string][] = [
      ['ArrowLeft', 'ArrowLeft', second],
      ['ArrowLeft', 'ArrowLeft', third],
      ['ArrowLeft', 'ArrowLeft', third],
      ['PageUp', 'PageUp', second],
      ['Home', 'Home', first],
      ['End', 'End', third],
      ['ArrowRight', 'ArrowRight', second],
      ['ArrowUp', 'ArrowUp', first],
      ['PageDown', 'PageDown', second],
      [' ', 'Space', third],
    ];
    for (const [key, code, expected] of steps) {
      press(key, code);
      expect(inFocus(), `${key} → ${expected}`).toEqual([expected]);
    }
    press(' ', 'Space', { shiftKey: true });
    expect(inFocus()).toEqual([second]);
    expect(await announced()).toBe('الفقرة 2 من 3');
  });

  it('leaves on Esc and puts the article back as it was', () => {
    mount(NO_PROJECTOR_LAYERS);
    press('Escape');
    expect(onExit).toHaveBeenCalledTimes(1);
    act(() => root.unmount());
    root = createRoot(container);
    expect(document.documentElement.dataset.projector).toBeUndefined();
    expect(inFocus()).toEqual([]);
  });

  it('shows the paragraph’s questions and heat beside it, the heat switched by M on any layout', () => {
    mount(classLayers);
    expect(document.documentElement.dataset.projector).toBe('layers');
    expect(heatText()).toBe('ظلّلها طالب واحد');
    expect(container.textContent).not.toContain('لماذا تهتم');

    press('ArrowDown');
    expect(heatText()).toBe('ظلّلها 4 طلاب');
    const bar = container.querySelector<HTMLElement>('.projector-heat-bar > span');
    expect(bar?.style.inlineSize).toBe('100%');
    const question = container.querySelector('.projector-questions');
    expect(question?.textContent).toContain('لماذا تهتم الصين بكازاخستان؟');
    expect(
      [...(question?.querySelectorAll('.projector-choices li') ?? [])].map((li) => li.textContent),
    ).toEqual(['الطاقة', 'الطرق']);

    press('ة', 'KeyM');
    expect(heatText()).toBeNull();
    expect(container.querySelector('button[aria-pressed]')?.getAttribute('aria-pressed')).toBe('false');
    press('ArrowDown');
    // Nothing to show beside the third paragraph; the column stays reserved, so the text does not move.
    expect(container.querySelector('.projector-layers')).toBeNull();
    expect(document.documentElement.dataset.projector).toBe('layers');
    press('m', 'KeyM');
    expect(heatText()).toBe('ظلّلها طالبان');
    expect(container.querySelector('.projector-heat-bar > span')).toHaveProperty('style.inlineSize', '50%');
  });

  it('offers no heatmap without a class, and M then does nothing', () => {
    mount(NO_PROJECTOR_LAYERS);
    expect(container.querySelector('.projector-layers')).toBeNull();
    expect(container.querySelector('button[aria-pressed]')).toBeNull();
    const event = new KeyboardEvent('keydown', { key: 'm', code: 'KeyM', bubbles: true, cancelable: true });
    act(() => void article.dispatchEvent(event));
    expect(event.defaultPrevented).toBe(false);
  });

  it('lets Space press a button of its strip and keys in a dialog alone', () => {
    mount(NO_PROJECTOR_LAYERS);
    const next = [...container.querySelectorAll('button')].find((b) => b.textContent === 'الفقرة التالية');
    press(' ', 'Space', {}, next as Element);
    expect(inFocus()).toEqual([first]);
    act(() => next?.click());
    expect(inFocus()).toEqual([second]);
    const dialog = document.createElement('dialog');
    document.body.append(dialog);
    press('Escape', 'Escape', {}, dialog);
    press('End', 'End', {}, dialog);
    dialog.remove();
    expect(onExit).not.toHaveBeenCalled();
    expect(inFocus()).toEqual([second]);
  });

  it('brings a clicked paragraph into focus', () => {
    mount(NO_PROJECTOR_LAYERS);
    act(() => article.querySelector<HTMLElement>(`[data-block-id="${third}"]`)?.click());
    expect(inFocus()).toEqual([third]);
  });
});
