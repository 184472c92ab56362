// Renders the browser edition's install icons (the sizes its manifest lists) from build/icon.svg, the
// drawing the desktop icons come from; the results are committed, so building needs no image tools.
// Needs `rsvg-convert` (Debian: librsvg2-bin). Run: node scripts/generate-web-icons.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './ensure-setup.mjs';

const publicDir = join(root, 'src', 'renderer', 'public');
const manifest = JSON.parse(readFileSync(join(publicDir, 'manifest.json'), 'utf8'));
for (const { src, sizes } of manifest.icons) {
  const [width, height] = sizes.split('x');
  execFileSync('rsvg-convert', [
    '--width',
    width,
    '--height',
    height,
    '-o',
    join(publicDir, src),
    join(root, 'build', 'icon.svg'),
  ]);
}
