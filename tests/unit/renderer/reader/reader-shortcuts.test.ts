import { describe, expect, it } from 'vitest';
import {
  colorKeysLabel,
  isModifierShortcut,
  keyLabel,
  readerShortcut,
  type ShortcutKeyEvent,
} from '@renderer/reader/reader-shortcuts';

const press = (key: string, code: string, modifiers: Partial<ShortcutKeyEvent> = {}): ShortcutKeyEvent => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('readerShortcut', () => {
  it.each([
    // Latin layout.
    ['h on KeyH', press('h', 'KeyH'), { kind: 'highlight' }],
    ['H with Shift', press('H', 'KeyH', { shiftKey: true }), { kind: 'highlight' }],
    ['n on KeyN', press('n', 'KeyN'), { kind: 'note' }],
    ['1 on Digit1', press('1', 'Digit1'), { kind: 'highlight', color: 'yellow' }],
    ['5 on Digit5', press('5', 'Digit5'), { kind: 'highlight', color: 'purple' }],
    ['3 on the number pad', press('3', 'Numpad3'), { kind: 'highlight', color: 'blue' }],
    ['Escape', press('Escape', 'Escape'), { kind: 'clear' }],
    ['?', press('?', 'Slash', { shiftKey: true }), { kind: 'help' }],
    // Arabic layout: the key under H types ا, under N ى; digits may be Arabic-Indic or Persian.
    ['ا on KeyH', press('ا', 'KeyH'), { kind: 'highlight' }],
    ['ى on KeyN', press('ى', 'KeyN'), { kind: 'note' }],
    ['٢ on Digit2', press('٢', 'Digit2'), { kind: 'highlight', color: 'green' }],
    ['۳ on Digit3', press('۳', 'Digit3'), { kind: 'highlight', color: 'blue' }],
    ['٤ on the number pad', press('٤', 'Numpad4'), { kind: 'highlight', color: 'pink' }],
    ['١ wherever it sits', press('١', 'KeyQ'), { kind: 'highlight', color: 'yellow' }],
    ['Arabic question mark', press('؟', 'Slash', { shiftKey: true }), { kind: 'help' }],
    ['another Arabic letter', press('ب', 'KeyF'), null],
    // Other layouts: AZERTY needs Shift for digits; Russian р on KeyH; Dvorak puts d on KeyH.
    ['AZERTY é on Digit2', press('é', 'Digit2'), { kind: 'highlight', color: 'green' }],
    ['Russian р on KeyH', press('р', 'KeyH'), { kind: 'highlight' }],
    ['Dvorak d on KeyH', press('d', 'KeyH'), null],
    ['Dvorak h on KeyJ', press('h', 'KeyJ'), { kind: 'highlight' }],
    // Not shortcuts.
    ['0', press('0', 'Digit0'), null],
    ['٦', press('٦', 'Digit6'), null],
    ['End on the number pad', press('End', 'Numpad1'), null],
    ['a dead key', press('Dead', 'KeyH'), null],
    ['Ctrl+ا', press('ا', 'KeyH', { ctrlKey: true }), null],
    ['Cmd+n', press('n', 'KeyN', { metaKey: true }), null],
    ['Alt+٢', press('٢', 'Digit2', { altKey: true }), null],
    ['Ctrl+1', press('1', 'Digit1', { ctrlKey: true }), null],
    ['Alt+Escape', press('Escape', 'Escape', { altKey: true }), null],
  ])('%s', (_name, event, expected) => {
    expect(readerShortcut(event)).toEqual(expected);
  });
});

describe('isModifierShortcut', () => {
  it.each([
    [press('f', 'KeyF', { ctrlKey: true }), 'f', true],
    [press('f', 'KeyF', { metaKey: true }), 'f', true],
    [press('F', 'KeyF', { ctrlKey: true, shiftKey: true }), 'f', true],
    // The Arabic layout types ب on the F key and ئ on the Z key.
    [press('ب', 'KeyF', { ctrlKey: true }), 'f', true],
    [press('ئ', 'KeyZ', { metaKey: true }), 'z', true],
    // Dvorak: the F key types u; f sits on KeyY.
    [press('u', 'KeyF', { ctrlKey: true }), 'f', false],
    [press('f', 'KeyY', { ctrlKey: true }), 'f', true],
    [press('f', 'KeyF'), 'f', false],
    [press('f', 'KeyF', { ctrlKey: true, altKey: true }), 'f', false],
    [press('ب', 'KeyF'), 'f', false],
    [press('ب', 'KeyF', { ctrlKey: true }), 'z', false],
  ])('%j with %s: %s', (event, letter, expected) => {
    expect(isModifierShortcut(event, letter)).toBe(expected);
  });
});

describe('key labels', () => {
  const arabicWindows = new Map([
    ['KeyH', 'ا'],
    ['KeyN', 'ى'],
    ['KeyF', 'ب'],
    ['Digit1', '1'],
    ['Digit5', '5'],
  ]);
  const arabicMac = new Map([
    ['KeyH', 'ا'],
    ['Digit1', '١'],
    ['Digit5', '٥'],
  ]);
  const dvorak = new Map([
    ['KeyH', 'd'],
    ['Digit1', '1'],
  ]);
  const azerty = new Map([
    ['KeyH', 'h'],
    ['Digit1', '&'],
    ['Digit5', '('],
  ]);
  it.each([
    ['KeyH', arabicWindows, 'ا (H)'],
    ['KeyN', arabicWindows, 'ى (N)'],
    ['KeyF', arabicWindows, 'ب (F)'],
    ['KeyH', dvorak, 'H'],
    ['KeyH', azerty, 'H'],
    ['KeyN', arabicMac, 'N'],
    ['KeyH', null, 'H'],
  ])('%s on %j is labelled %j', (code, layout, expected) => {
    expect(keyLabel(code, layout)).toBe(expected);
  });
  it.each([
    [arabicWindows, '1–5'],
    [arabicMac, '١–٥'],
    [azerty, '1–5'],
    [null, '1–5'],
  ])('colour keys on %j are labelled %j', (layout, expected) => {
    expect(colorKeysLabel(layout)).toBe(expected);
  });
});
