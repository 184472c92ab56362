// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HighlightColor } from '@shared/annotations/annotation-model';
import { useColorSettings } from '@renderer/settings/color-settings';
import { parseReadingSettings } from '@renderer/settings/reading-settings';
import { getDb } from '@renderer/storage/db';
import { writeSetting } from '@renderer/storage/settings-store';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
/** The last colour each render of the probe saw. */
let seen: HighlightColor[];

function Probe() {
  seen.push(useColorSettings().lastColor);
  return null;
}

/** Lets IndexedDB and the live query answer, inside act, until the probe has seen `color`. */
async function until(color: HighlightColor): Promise<void> {
  for (let tries = 0; tries < 100 && seen.at(-1) !== color; tries++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 10)));
  }
  expect(seen.at(-1)).toBe(color);
}

beforeEach(async () => {
  await getDb().settings.clear();
  seen = [];
  root = createRoot(document.createElement('div'));
});

afterEach(() => act(() => root.unmount()));

describe('useColorSettings', () => {
  it('renders again for a new last colour, and not for a text-size press before it', async () => {
    await writeSetting('lastColor', 'green');
    await act(async () => root.render(<Probe />));
    await until('green');
    await act(async () => {
      await writeSetting('reading', parseReadingSettings({ size: 28.8 }));
      await writeSetting('lastColor', 'blue');
    });
    await until('blue');
    // Between the stored colour and the new one, no render: the size write went unnoticed.
    expect(seen.slice(seen.indexOf('green'))).toEqual(['green', 'blue']);
  });
});
