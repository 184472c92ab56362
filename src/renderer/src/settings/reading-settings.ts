/**
 * How the reader wants the article set: size, spacing, column, alignment, face, and whether harakat show.
 * Stored in IndexedDB (storage/settings-store.ts) and mirrored to localStorage for src/renderer/boot.js,
 * which applies the same attributes before the first paint; app.css turns them into the article's style.
 */
/** 16 to 40 px in steps of 0.1 rem: the default, 1.3 rem, stays the size the article always had. */
export const TEXT_SIZE_MIN = 16;
export const TEXT_SIZE_MAX = 40;
export const TEXT_SIZE_STEP = 1.6;

export const LINE_SPACINGS = ['compact', 'normal', 'airy'] as const;
export const COLUMN_WIDTHS = ['narrow', 'medium', 'wide', 'full'] as const;
export const ALIGNMENTS = ['start', 'justify'] as const;
export const READING_FACES = ['naskh', 'amiri', 'sans'] as const;

export type LineSpacing = (typeof LINE_SPACINGS)[number];
export type ColumnWidth = (typeof COLUMN_WIDTHS)[number];
export type Alignment = (typeof ALIGNMENTS)[number];
export type ReadingFace = (typeof READING_FACES)[number];

export interface ReadingSettings {
  size: number;
  spacing: LineSpacing;
  width: ColumnWidth;
  align: Alignment;
  face: ReadingFace;
  diacritics: boolean;
}

export const DEFAULT_READING: ReadingSettings = {
  size: 20.8,
  spacing: 'normal',
  width: 'medium',
  align: 'start',
  face: 'naskh',
  diacritics: true,
};

/** The key boot.js reads before the first paint. */
export const READING_MIRROR_KEY = 'hamish.reading';

/** The font-family each face names in CSS (declared in styles/fonts.css over the bundled @fontsource files). */
export const FACE_FAMILIES: Record<ReadingFace, string> = {
  naskh: 'Noto Naskh Arabic',
  amiri: 'Amiri',
  sans: 'Noto Sans Arabic',
};

function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return typeof value === 'string' && (choices as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

/** A size on the scale: whole steps from the minimum, within the range. */
export function clampTextSize(size: number): number {
  if (!Number.isFinite(size)) return DEFAULT_READING.size;
  // In tenths of a pixel, so every size on the scale is exact (20.8, not 20.800000000000004).
  const steps = Math.round((size * 10 - TEXT_SIZE_MIN * 10) / (TEXT_SIZE_STEP * 10));
  const stepped = (TEXT_SIZE_MIN * 10 + steps * TEXT_SIZE_STEP * 10) / 10;
  return Math.min(TEXT_SIZE_MAX, Math.max(TEXT_SIZE_MIN, stepped));
}

/** Reads any stored value back field by field: what is missing or malformed takes its default. */
export function parseReadingSettings(stored: unknown): ReadingSettings {
  const record = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  return {
    size: typeof record.size === 'number' ? clampTextSize(record.size) : DEFAULT_READING.size,
    spacing: oneOf(LINE_SPACINGS, record.spacing, DEFAULT_READING.spacing),
    width: oneOf(COLUMN_WIDTHS, record.width, DEFAULT_READING.width),
    align: oneOf(ALIGNMENTS, record.align, DEFAULT_READING.align),
    face: oneOf(READING_FACES, record.face, DEFAULT_READING.face),
    diacritics: typeof record.diacritics === 'boolean' ? record.diacritics : DEFAULT_READING.diacritics,
  };
}

/** The next size up (+1) or down (-1), held at the ends of the scale. */
export function stepTextSize(size: number, direction: 1 | -1): number {
  return clampTextSize(size + direction * TEXT_SIZE_STEP);
}

export function sameReadingSettings(a: ReadingSettings, b: ReadingSettings): boolean {
  return (Object.keys(DEFAULT_READING) as (keyof ReadingSettings)[]).every((key) => a[key] === b[key]);
}

/** Puts the settings on <html>, exactly as boot.js does from the mirror. */
export function applyReadingSettings(root: HTMLElement, settings: ReadingSettings): void {
  // An attribute, not a custom property: app.css sizes only the article by it, so a size switch restyles the
  // article's text and not every element on the page (a property on <html> is inherited by all of them).
  root.dataset.readingSize = String(settings.size);
  root.dataset.readingSpacing = settings.spacing;
  root.dataset.readingWidth = settings.width;
  root.dataset.readingAlign = settings.align;
  root.dataset.readingFace = settings.face;
}
