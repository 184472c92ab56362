import type { UiLanguage } from '@shared/platform/platform-contract';

const LOCALES: Record<UiLanguage, string> = { ar: 'ar-u-nu-latn', en: 'en' };

/** Shows only the precision the source gives: `2022-01` is a month, never a made-up day. */
export function formatPublication(publication: string, language: UiLanguage): string {
  const [year, month, day] = publication.split('-').map(Number);
  if (!year) return publication;
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC' };
  if (month) options.month = 'long';
  if (month && day) options.day = 'numeric';
  return new Intl.DateTimeFormat(LOCALES[language], options).format(
    new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1)),
  );
}

export function sourceName(source: { name: string; nameEn?: string }, language: UiLanguage): string {
  return language === 'en' ? (source.nameEn ?? source.name) : source.name;
}

/** A stored ISO time as the day it fell on, in the UI's language. */
export function formatDay(iso: string, language: UiLanguage): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso));
}

/** A language tag by name, in the UI's language (`ar` → "العربية"). */
export function languageName(tag: string, language: UiLanguage): string {
  try {
    return new Intl.DisplayNames([LOCALES[language]], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
