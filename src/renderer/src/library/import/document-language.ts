import { detectLanguage, directionOf, type DetectedLanguage } from '@shared/import/detect-language';

/** The primary subtag of a language tag or locale (`ar-EG`, `ar_AR`, `AR` → `ar`), or null. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const primary = tag?.trim().split(/[-_]/)[0]?.toLowerCase() ?? '';
  return /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/**
 * The language a file declares (`<html lang>`, `og:locale`, `dc:language`) when its text agrees in
 * direction, else the language of the text itself: page templates often say `lang="en"` over Arabic.
 */
export function documentLanguage(declared: string | null, text: string): DetectedLanguage {
  const detected = detectLanguage(text);
  const primary = primaryLanguage(declared);
  if (primary === null) return detected;
  const direction = directionOf(primary);
  const agrees = detected.language === 'und' || direction === detected.direction;
  return agrees ? { language: primary, direction } : detected;
}
