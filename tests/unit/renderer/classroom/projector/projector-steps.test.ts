import { describe, expect, it } from 'vitest';
import {
  firstVisibleStep,
  heatShare,
  projectorCommand,
  scrollBlockFor,
  stepTo,
} from '@renderer/classroom/projector/projector-steps';
import { readerShortcut, type ShortcutKeyEvent } from '@renderer/reader/reader-shortcuts';

const press = (key: string, code: string, modifiers: Partial<ShortcutKeyEvent> = {}): ShortcutKeyEvent => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('projectorCommand', () => {
  it.each([
    ['ArrowDown', press('ArrowDown', 'ArrowDown'), 'rtl', 'next'],
    ['ArrowUp', press('ArrowUp', 'ArrowUp'), 'rtl', 'previous'],
    ['ArrowLeft in Arabic text', press('ArrowLeft', 'ArrowLeft'), 'rtl', 'next'],
    ['ArrowRight in Arabic text', press('ArrowRight', 'ArrowRight'), 'rtl', 'previous'],
    ['ArrowRight in English text', press('ArrowRight', 'ArrowRight'), 'ltr', 'next'],
    ['ArrowLeft in English text', press('ArrowLeft', 'ArrowLeft'), 'ltr', 'previous'],
    ['a clicker’s PageDown', press('PageDown', 'PageDown'), 'rtl', 'next'],
    ['a clicker’s PageUp', press('PageUp', 'PageUp'), 'rtl', 'previous'],
    ['Space', press(' ', 'Space'), 'rtl', 'next'],
    ['Shift+Space', press(' ', 'Space', { shiftKey: true }), 'rtl', 'previous'],
    ['Home', press('Home', 'Home'), 'rtl', 'first'],
    ['End', press('End', 'End'), 'ltr', 'last'],
    ['Escape', press('Escape', 'Escape'), 'rtl', 'exit'],
    ['m on KeyM', press('m', 'KeyM'), 'ltr', 'toggleHeat'],
    ['M with Shift', press('M', 'KeyM', { shiftKey: true }), 'ltr', 'toggleHeat'],
    ['ة, the Arabic layout’s KeyM', press('ة', 'KeyM'), 'rtl', 'toggleHeat'],
    ['m where a Latin layout puts it elsewhere', press('m', 'Comma'), 'ltr', 'toggleHeat'],
  ] as const)('%s → %s', (_name, event, direction, command) => {
    expect(projectorCommand(event, direction)).toBe(command);
  });

  it.each([
    ['Ctrl+ArrowDown (the browser’s)', press('ArrowDown', 'ArrowDown', { ctrlKey: true })],
    ['Alt+ArrowLeft (back)', press('ArrowLeft', 'ArrowLeft', { altKey: true })],
    ['Cmd+End', press('End', 'End', { metaKey: true })],
    ['another Latin letter on KeyM (AZERTY’s comma key)', press(',', 'KeyM')],
    ['a Latin letter that is not M', press('x', 'KeyX')],
    ['Tab', press('Tab', 'Tab')],
    ['Enter', press('Enter', 'Enter')],
  ])('%s is not the projector’s', (_name, event) => {
    expect(projectorCommand(event, 'rtl')).toBeNull();
  });
});

describe('stepTo', () => {
  it.each([
    ['next from the first', 0, 'next', 5, 1],
    ['next from the last stays', 4, 'next', 5, 4],
    ['previous from the first stays', 0, 'previous', 5, 0],
    ['previous', 3, 'previous', 5, 2],
    ['first', 3, 'first', 5, 0],
    ['last', 1, 'last', 5, 4],
    ['last of one step', 0, 'last', 1, 0],
    ['last of none', 0, 'last', 0, 0],
    ['exit leaves the step alone', 2, 'exit', 5, 2],
  ] as const)('%s', (_name, current, command, count, expected) => {
    expect(stepTo(current, command, count)).toBe(expected);
  });
});

describe('scrollBlockFor', () => {
  it.each([
    ['a paragraph that fits is centred', 300, 720, 'center'],
    ['one filling most of the screen starts at its top', 600, 720, 'start'],
    ['one taller than the screen starts at its top', 1400, 720, 'start'],
  ] as const)('%s', (_name, height, viewport, block) => {
    expect(scrollBlockFor(height, viewport)).toBe(block);
  });
});

describe('firstVisibleStep', () => {
  it.each([
    ['at the top of the article', [120, 400, 900], 0],
    ['scrolled past the first paragraph', [-300, 40, 600], 1],
    ['scrolled past them all', [-900, -400, -10], 2],
    ['no steps', [], 0],
  ])('%s', (_name, bottoms, expected) => {
    expect(firstVisibleStep(bottoms)).toBe(expected);
  });
});

describe('heatShare', () => {
  const heat = new Map([
    ['p-1', 2],
    ['p-2', 8],
    ['p-3', 0],
  ]);
  it.each([
    ['the hottest paragraph', 'p-2', heat, 1],
    ['a quarter of it', 'p-1', heat, 0.25],
    ['a paragraph nobody highlighted', 'p-3', heat, 0],
    ['a paragraph missing from the map', 'p-9', heat, 0],
    ['a class that highlighted nothing', 'p-1', new Map([['p-1', 0]]), 0],
  ])('%s', (_name, id, map, share) => {
    expect(heatShare(id, map)).toBe(share);
  });
});

describe('the projector’s shortcut in the reader', () => {
  it.each([
    ['p', press('p', 'KeyP'), { kind: 'projector' }],
    ['P with Shift', press('P', 'KeyP', { shiftKey: true }), { kind: 'projector' }],
    ['ح, the Arabic layout’s KeyP', press('ح', 'KeyP'), { kind: 'projector' }],
    ['Dvorak’s L on KeyP', press('l', 'KeyP'), null],
    ['Ctrl+P (print)', press('p', 'KeyP', { ctrlKey: true }), null],
  ])('%s', (_name, event, action) => {
    expect(readerShortcut(event)).toEqual(action);
  });
});
