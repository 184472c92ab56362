import type { HighlightColor } from '@shared/annotations/annotation-model';
import { durableColorMeaning } from '../storage/edit-sessions';
import { useStoredSetting, writeSetting, type ColorMeanings } from '../storage/settings-store';

export type { ColorMeanings };

/** What the reader shows until the first reading arrives: the defaults settings-store reads for nothing stored. */
const UNREAD: { meanings: ColorMeanings; lastColor: HighlightColor } = { meanings: {}, lastColor: 'yellow' };

/**
 * The meanings a reader gave each colour, and the colour used last (what `H` highlights with), each read by
 * its own key: writing another setting (every text-size press) does not render the reader and its margin.
 */
export function useColorSettings(): { meanings: ColorMeanings; lastColor: HighlightColor } {
  const meanings = useStoredSetting('colorMeanings') ?? UNREAD.meanings;
  const lastColor = useStoredSetting('lastColor') ?? UNREAD.lastColor;
  return { meanings, lastColor };
}

/** Journaled as it is typed, then committed: a meaning survives the window closing mid-word. */
export function saveColorMeaning(color: HighlightColor, meaning: string): Promise<unknown> {
  return durableColorMeaning(color, meaning);
}

export function saveLastColor(color: HighlightColor): Promise<unknown> {
  return writeSetting('lastColor', color);
}
