import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  firstPaintFontTable,
  READING_FACE_FAMILIES,
} from '../../../src/renderer/prerender/first-paint-fonts';

const root = join(import.meta.dirname, '../../..');
const css = readFileSync(join(root, 'src/renderer/src/styles/fonts.css'), 'utf8');

interface FontFace {
  family: string;
  weight: string;
  display: string;
  /** The package path url() names, as Vite resolves it. */
  source: string;
  unicodeRange: string;
}

const descriptor = (rule: string, name: string): string =>
  new RegExp(`${name}:\\s*([^;]+);`).exec(rule)?.[1]?.replace(/\s+/g, ' ').trim() ?? '';

const FACES: FontFace[] = [...css.matchAll(/@font-face\s*\{([^}]*)\}/g)].map(([, rule]) => ({
  family: descriptor(rule!, 'font-family').replace(/'/g, ''),
  weight: descriptor(rule!, 'font-weight'),
  display: descriptor(rule!, 'font-display'),
  source: /url\('([^']+)'\)/.exec(rule!)?.[1] ?? '',
  unicodeRange: descriptor(rule!, 'unicode-range'),
}));

/** What @fontsource publishes for a file: its package folder and the subset's code points. */
function published(source: string): { file: string; unicodeRange: string } {
  const [scope, name, , file] = source.split('/');
  const subset = /-(arabic|latin)-\d+-normal\.woff2$/.exec(file ?? '')?.[1] ?? '';
  const ranges = JSON.parse(
    readFileSync(join(root, 'node_modules', scope!, name!, 'unicode.json'), 'utf8'),
  ) as Record<string, string>;
  return {
    file: join(root, 'node_modules', source),
    unicodeRange: (ranges[subset] ?? '').split(',').join(', '),
  };
}

describe('the bundled font faces (styles/fonts.css)', () => {
  it('declares each file with the subset’s own code points, so a text fetches only the subsets it uses', () => {
    expect(FACES.length).toBeGreaterThan(0);
    for (const face of FACES) {
      const { file, unicodeRange } = published(face.source);
      expect(existsSync(file), face.source).toBe(true);
      expect(face.unicodeRange, face.source).toBe(unicodeRange);
    }
  });

  it('lets the build find every file of the first screen, for every reading face', () => {
    const built = FACES.map((face) => `assets/${basename(face.source, '.woff2')}-Hash_1-x.woff2`);
    const table = firstPaintFontTable(built);
    for (const { files } of Object.values(table)) expect(files.length).toBeGreaterThan(0);
  });

  it('never draws the reading faces’ text in a fallback that they then replace', () => {
    const reading = new Set<string>(Object.values(READING_FACE_FAMILIES));
    const displays = FACES.filter((face) => reading.has(face.family)).map((face) => face.display);
    expect(new Set(displays)).toEqual(new Set(['block']));
  });
});
