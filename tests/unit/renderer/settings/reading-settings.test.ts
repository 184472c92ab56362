import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyReadingSettings,
  DEFAULT_READING,
  parseReadingSettings,
  stepTextSize,
  TEXT_SIZE_MAX,
  TEXT_SIZE_MIN,
} from '@renderer/settings/reading-settings';
import { textSizeKeyDirection } from '@renderer/settings/reading-store';

describe('parseReadingSettings', () => {
  it.each([
    ['nothing stored', undefined, DEFAULT_READING],
    ['a string', 'large', DEFAULT_READING],
    [
      'every field valid',
      { size: 32, spacing: 'airy', width: 'full', align: 'justify', face: 'amiri', diacritics: false },
      { size: 32, spacing: 'airy', width: 'full', align: 'justify', face: 'amiri', diacritics: false },
    ],
    ['a size off the scale', { size: 23 }, { ...DEFAULT_READING, size: 22.4 }],
    ['a size too large', { size: 400 }, { ...DEFAULT_READING, size: TEXT_SIZE_MAX }],
    ['a size too small', { size: -3 }, { ...DEFAULT_READING, size: TEXT_SIZE_MIN }],
    ['a size as text', { size: '30' }, DEFAULT_READING],
    ['unknown choices', { width: 'huge', face: 'Comic Sans', align: 'center', spacing: 3 }, DEFAULT_READING],
    ['diacritics as text', { diacritics: 'false' }, DEFAULT_READING],
  ])('reads %s', (_, stored, expected) => {
    expect(parseReadingSettings(stored)).toEqual(expected);
  });
});

describe('stepTextSize', () => {
  it('moves one step and holds at the ends of the scale', () => {
    expect(stepTextSize(20.8, 1)).toBe(22.4);
    expect(stepTextSize(20.8, -1)).toBe(19.2);
    expect(stepTextSize(38.4, 1)).toBe(TEXT_SIZE_MAX);
    expect(stepTextSize(TEXT_SIZE_MAX, 1)).toBe(TEXT_SIZE_MAX);
    expect(stepTextSize(TEXT_SIZE_MIN, -1)).toBe(TEXT_SIZE_MIN);
  });
});

describe('the article size in app.css', () => {
  const CSS = readFileSync(
    resolve(import.meta.dirname, '../../../../src/renderer/src/styles/app.css'),
    'utf8',
  );
  /** The size each `:root[data-reading-size]` rule gives the article, by the attribute's value. */
  const rules = new Map(
    [...CSS.matchAll(/:root\[data-reading-size='([^']+)'\] \.article \{\s*font-size: ([\d.]+)px;/g)].map(
      ([, value, px]) => [value!, Number(px)],
    ),
  );
  const scale: number[] = [TEXT_SIZE_MIN];
  while (scale.at(-1)! < TEXT_SIZE_MAX) scale.push(stepTextSize(scale.at(-1)!, 1));

  it('has one rule per size on the scale and no other', () => {
    expect([...rules.keys()]).toEqual(scale.map(String));
  });

  it.each(scale)('sets the article at %s px from the attribute the app puts on <html>', (size) => {
    const { dataset } = appliedByApp({ size });
    expect(rules.get(dataset.readingSize!)).toBe(size);
  });
});

describe('textSizeKeyDirection', () => {
  const key = (init: KeyboardEventInit) =>
    ({ ctrlKey: false, metaKey: false, altKey: false, ...init }) as KeyboardEvent;
  it.each([
    ['Ctrl+Alt+= (Latin layout)', key({ key: '=', code: 'Equal', ctrlKey: true, altKey: true }), false, 1],
    ['Ctrl+Alt+- (Arabic layout)', key({ key: '-', code: 'Minus', ctrlKey: true, altKey: true }), false, -1],
    ['Cmd+Alt+numpad +', key({ key: '+', code: 'NumpadAdd', metaKey: true, altKey: true }), false, 1],
    ['= in the article', key({ key: '=', code: 'Equal' }), true, 1],
    ['+ (Shift+=) in the article', key({ key: '+', code: 'Equal', shiftKey: true }), true, 1],
    ['- in the article', key({ key: '-', code: 'Minus' }), true, -1],
    ['= outside the article', key({ key: '=', code: 'Equal' }), false, null],
    ['Ctrl+= (the browser zoom)', key({ key: '=', code: 'Equal', ctrlKey: true }), true, null],
    ['Alt+= alone', key({ key: '=', code: 'Equal', altKey: true }), true, null],
    ['another key with the chord', key({ key: 'ا', code: 'KeyH', ctrlKey: true, altKey: true }), true, null],
  ])('%s', (_, event, articleFocused, expected) => {
    expect(textSizeKeyDirection(event, articleFocused)).toBe(expected);
  });
});

/** Runs boot.js against a stand-in document and returns what it put on <html>. */
function bootWith(stored: Record<string, string>): {
  dataset: Record<string, string>;
  style: Record<string, string>;
} {
  const root = {
    lang: 'ar',
    dir: 'rtl',
    dataset: {} as Record<string, string>,
    style: {} as Record<string, string>,
  };
  Object.assign(root.style, { setProperty: (name: string, value: string) => (root.style[name] = value) });
  const run = new Function('document', 'localStorage', 'matchMedia', 'location', readFileSync(BOOT, 'utf8'));
  run(
    { documentElement: root, addEventListener: () => undefined },
    { getItem: (name: string) => stored[name] ?? null },
    () => ({ matches: false }),
    { hash: '' },
  );
  delete (root.style as Record<string, unknown>).setProperty;
  return root;
}
const BOOT = resolve(import.meta.dirname, '../../../../src/renderer/boot.js');

function appliedByApp(stored: unknown): { dataset: Record<string, string>; style: Record<string, string> } {
  const style: Record<string, string> = {};
  const root = {
    dataset: {},
    style: { setProperty: (name: string, value: string) => (style[name] = value) },
  };
  applyReadingSettings(root as unknown as HTMLElement, parseReadingSettings(stored));
  return { dataset: root.dataset, style };
}

describe('boot.js', () => {
  it('puts the same reading settings on <html> as the app, for any stored mirror', () => {
    const field = fc.oneof(
      fc.constantFrom('narrow', 'wide', 'full', 'amiri', 'sans', 'justify', 'compact', 'airy'),
      fc.anything(),
    );
    const mirror = fc.record(
      {
        size: fc.oneof(fc.double(), fc.integer({ min: 0, max: 60 }), fc.string()),
        spacing: field,
        width: field,
        align: field,
        face: field,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(mirror, (stored) => {
        const booted = bootWith({ 'hamish.reading': JSON.stringify(stored) });
        const expected = appliedByApp(JSON.parse(JSON.stringify(stored)));
        expect(booted.style).toEqual(expected.style);
        expect(booted.dataset).toMatchObject(expected.dataset);
      }),
    );
  });

  it.each([
    ['sepia', 'sepia'],
    ['dark', 'dark'],
    ['light', 'light'],
    ['system', 'light'],
    [undefined, 'light'],
  ])('applies the theme %s as %s before the first paint', (stored, expected) => {
    const booted = bootWith(stored ? { 'hamish.theme': stored } : {});
    expect(booted.dataset.theme).toBe(expected);
  });

  it('keeps the defaults when the mirror is damaged', () => {
    expect(bootWith({ 'hamish.reading': '{not json' })).toMatchObject(appliedByApp(null));
  });
});
