import type { HighlightColor } from '@shared/annotations/annotation-model';
import { durableColorMeaning } from '../storage/edit-sessions';
import { useSettings, writeSetting, type ColorMeanings } from '../storage/settings-store';

export type { ColorMeanings };

/** The meanings a reader gave each colour, and the colour used last (what `H` highlights with). */
export function useColorSettings(): { meanings: ColorMeanings; lastColor: HighlightColor } {
  const { colorMeanings, lastColor } = useSettings();
  return { meanings: colorMeanings, lastColor };
}

/** Journaled as it is typed, then committed: a meaning survives the window closing mid-word. */
export function saveColorMeaning(color: HighlightColor, meaning: string): Promise<unknown> {
  return durableColorMeaning(color, meaning);
}

export function saveLastColor(color: HighlightColor): Promise<unknown> {
  return writeSetting('lastColor', color);
}
