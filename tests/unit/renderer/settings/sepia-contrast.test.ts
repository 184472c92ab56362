import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(resolve(import.meta.dirname, '../../../../src/renderer/src/styles/app.css'), 'utf8');

function themeColors(selector: string): Record<string, string> {
  const start = CSS.indexOf(`${selector} {`);
  expect(start, `${selector} in app.css`).toBeGreaterThanOrEqual(0);
  const body = CSS.slice(start, CSS.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/--hamish-([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('the sepia theme', () => {
  const sepia = themeColors(":root[data-theme='sepia']");
  it.each([
    ['fg', 'bg', 4.5],
    ['fg', 'surface', 4.5],
    ['muted', 'bg', 4.5],
    ['muted', 'surface', 4.5],
    ['accent', 'bg', 4.5],
    ['accent', 'surface', 4.5],
    ['accent-fg', 'accent', 4.5],
    ['focus', 'bg', 3],
    ['danger', 'surface', 4.5],
    ['border-strong', 'surface', 3],
  ])('%s on %s reaches %s:1', (fg, bg, minimum) => {
    expect(contrast(sepia[fg]!, sepia[bg]!)).toBeGreaterThanOrEqual(minimum);
  });
});
