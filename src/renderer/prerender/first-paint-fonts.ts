/**
 * The reading faces and the families they name in CSS: settings/reading-settings.ts (FACE_FAMILIES) holds
 * the same table, which a test compares; that module speaks the DOM, and this one runs in the build.
 */
export const READING_FACE_FAMILIES = {
  naskh: 'Noto Naskh Arabic',
  amiri: 'Amiri',
  sans: 'Noto Sans Arabic',
} as const;

type ReadingFace = keyof typeof READING_FACE_FAMILIES;

/** A family in one weight, as app.css sets text in it. */
interface FaceWeight {
  family: string;
  weight: number;
}

/** What the first screen draws besides the article (app.css): the brand in --font-book, the rest in --font-ui. */
const INTERFACE_FACES: readonly FaceWeight[] = [
  { family: READING_FACE_FAMILIES.naskh, weight: 700 },
  { family: 'IBM Plex Sans Arabic', weight: 400 },
  { family: 'IBM Plex Sans Arabic', weight: 600 },
];
const ARTICLE_WEIGHTS: readonly number[] = [400, 700];
const SUBSETS = ['arabic', 'latin'] as const;

/** Where boot.js holds its table of font files; the build writes the table in its place. */
export const FONT_FILES_MARKER = '/* first-paint fonts */ {}';

export interface FirstPaintFonts {
  /** woff2 files to preload, relative to index.html. */
  files: string[];
  /** The faces to wait for, as CSS `font` values for document.fonts.load. */
  fonts: string[];
}

export type FirstPaintFontTable = Record<ReadingFace, FirstPaintFonts>;

/** @fontsource names a family's files after the family: "Noto Naskh Arabic" → "noto-naskh-arabic". */
function fontsourceSlug(family: string): string {
  return family.toLowerCase().replace(/ /g, '-');
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The article's face in both weights, then the interface's faces it does not already hold. */
function facesFor(face: ReadingFace): FaceWeight[] {
  const faces = ARTICLE_WEIGHTS.map((weight): FaceWeight => ({
    family: READING_FACE_FAMILIES[face],
    weight,
  }));
  for (const extra of INTERFACE_FACES) {
    if (!faces.some((known) => known.family === extra.family && known.weight === extra.weight)) {
      faces.push(extra);
    }
  }
  return faces;
}

function fileOf(outputFiles: readonly string[], { family, weight }: FaceWeight, subset: string): string {
  const slug = fontsourceSlug(family);
  const name = new RegExp(`^assets/${escapeRegExp(slug)}-${subset}-${weight}-normal-[\\w-]+\\.woff2$`);
  const found = outputFiles.filter((file) => name.test(file));
  if (found.length !== 1) {
    throw new Error(`expected one ${slug} ${subset} ${weight} woff2 in the build, found ${found.length}`);
  }
  return `./${found[0]}`;
}

/**
 * For each reading face, the fonts the first screen is drawn in (its article, the brand, the interface)
 * among the build's output (`assets/amiri-arabic-400-normal-<hash>.woff2`). Throws when a file is
 * missing: the page would then wait for a file nobody preloaded.
 */
export function firstPaintFontTable(outputFiles: readonly string[]): FirstPaintFontTable {
  const table = {} as FirstPaintFontTable;
  for (const face of Object.keys(READING_FACE_FAMILIES) as ReadingFace[]) {
    const faces = facesFor(face);
    table[face] = {
      files: faces.flatMap((each) => SUBSETS.map((subset) => fileOf(outputFiles, each, subset))),
      fonts: faces.map(({ family, weight }) => `${weight} 1em "${family}"`),
    };
  }
  return table;
}

/** The page with the table written into its inlined boot script. */
export function withFirstPaintFonts(html: string, table: FirstPaintFontTable): string {
  const at = html.indexOf(FONT_FILES_MARKER);
  if (at < 0 || html.indexOf(FONT_FILES_MARKER, at + 1) >= 0) {
    throw new Error('index.html should hold the boot script’s font table marker exactly once');
  }
  // A function as replacement: `$` in a file name must stay literal.
  return html.replace(FONT_FILES_MARKER, () => JSON.stringify(table));
}
