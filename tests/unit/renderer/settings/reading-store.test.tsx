// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadingSettings } from '@renderer/settings/reading-settings';
import { updateReadingSettings, useReadingSetting } from '@renderer/settings/reading-store';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

// The store persists to IndexedDB; here only what React sees of it matters.
vi.mock('@renderer/storage/settings-store', () => ({
  writeSetting: async () => undefined,
  useStoredSetting: () => undefined,
}));

let root: Root;
/** The value each render of the probe read. */
let renders: unknown[];

function Probe({ name }: { name: keyof ReadingSettings }) {
  renders.push(useReadingSetting(name));
  return null;
}

beforeEach(() => {
  act(() => updateReadingSettings({ size: 20.8, diacritics: true }));
  renders = [];
  root = createRoot(document.createElement('div'));
});

afterEach(() => act(() => root.unmount()));

describe('useReadingSetting', () => {
  it.each<[string, Partial<ReadingSettings>, keyof ReadingSettings, unknown[]]>([
    ['the size, by a size switch', { size: 28.8 }, 'size', [20.8, 28.8]],
    ['the harakat, not by a size switch', { size: 28.8 }, 'diacritics', [true]],
    ['the harakat, by hiding them', { diacritics: false }, 'diacritics', [true, false]],
    ['the size, not by hiding the harakat', { diacritics: false }, 'size', [20.8]],
  ])('renders a reader of %s', (_, patch, name, seen) => {
    act(() => root.render(<Probe name={name} />));
    act(() => updateReadingSettings(patch));
    expect(renders).toEqual(seen);
  });
});
