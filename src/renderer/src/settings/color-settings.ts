import { useLiveQuery } from 'dexie-react-hooks';
import { HIGHLIGHT_COLORS, type HighlightColor } from '@shared/annotations/annotation-model';
import { getDb, type HamishDb } from '../storage/db';
import { withQuotaCheck } from '../storage/storage-errors';

export type ColorMeanings = Partial<Record<HighlightColor, string>>;

const MEANINGS_KEY = 'colorMeanings';
const LAST_COLOR_KEY = 'lastColor';

function isColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}

/** The meanings a reader gave each colour, and the colour used last (what `H` highlights with). */
export function useColorSettings(): { meanings: ColorMeanings; lastColor: HighlightColor } {
  const stored = useLiveQuery(() => getDb().settings.bulkGet([MEANINGS_KEY, LAST_COLOR_KEY]), []);
  const meanings = (stored?.[0]?.value ?? {}) as ColorMeanings;
  const last = stored?.[1]?.value;
  return { meanings, lastColor: isColor(last) ? last : 'yellow' };
}

export function saveColorMeanings(meanings: ColorMeanings): Promise<unknown> {
  return withQuotaCheck(() => getDb().settings.put({ key: MEANINGS_KEY, value: meanings }));
}

export function saveLastColor(color: HighlightColor): Promise<unknown> {
  return withQuotaCheck(() => getDb().settings.put({ key: LAST_COLOR_KEY, value: color }));
}

export async function loadColorMeanings(db: HamishDb = getDb()): Promise<ColorMeanings> {
  return ((await db.settings.get(MEANINGS_KEY))?.value ?? {}) as ColorMeanings;
}

/** The settings records a restore writes when the reader takes the backup's colour meanings. */
export function colorMeaningsRecord(meanings: ColorMeanings): { key: string; value: ColorMeanings } {
  return { key: MEANINGS_KEY, value: meanings };
}
