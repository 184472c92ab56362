// Regenerates the packaging icons from build/icon.svg; the results are committed, so packaging needs no
// image tools. Needs `rsvg-convert` and ImageMagick's `convert` (Debian: librsvg2-bin imagemagick).
// Run: node build/generate-icons.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ICNS_ENTRIES, ICON_SIZES, ICO_SIZES, iconFileName } from './icon-sizes.mjs';

const buildDir = fileURLToPath(new URL('.', import.meta.url));
const source = join(buildDir, 'icon.svg');
const iconsDir = join(buildDir, 'icons');
const pngPath = (size) => join(iconsDir, iconFileName(size));

mkdirSync(iconsDir, { recursive: true });
for (const size of ICON_SIZES) {
  execFileSync('rsvg-convert', [
    '--width',
    String(size),
    '--height',
    String(size),
    '-o',
    pngPath(size),
    source,
  ]);
}
// ImageMagick stores the small sizes as bitmaps and 256 as PNG, the layout every Windows tool reads.
execFileSync('convert', [...ICO_SIZES.map(pngPath), join(buildDir, 'icon.ico')]);
writeFileSync(
  join(buildDir, 'icon.icns'),
  icns(ICNS_ENTRIES.map(({ type, size }) => [type, readFileSync(pngPath(size))])),
);

/** An Apple icon family: `icns`, total length, then (type, length, PNG bytes) per entry. */
function icns(entries) {
  const chunks = entries.map(([type, png]) => {
    const header = Buffer.alloc(8);
    header.write(type, 0, 'latin1');
    header.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([header, png]);
  });
  const header = Buffer.alloc(8);
  header.write('icns', 0, 'latin1');
  header.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([header, ...chunks]);
}
