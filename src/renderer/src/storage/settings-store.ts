import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_READER, HIGHLIGHT_COLORS, type HighlightColor } from '@shared/annotations/annotation-model';
import { isCitationFormat, type CitationFormat } from '@shared/export/citation';
import { parseReadingSettings, type ReadingSettings } from '../settings/reading-settings';
import { getDb, type HamishDb, type SettingRecord } from './db';
import { withQuotaCheck } from './storage-errors';

export type ColorMeanings = Partial<Record<HighlightColor, string>>;

/** Every setting the app keeps, its type, and how a stored value is read back (anything else: the default). */
export interface Settings {
  colorMeanings: ColorMeanings;
  lastColor: HighlightColor;
  reading: ReadingSettings;
  /** How "copy quote" writes the citation. */
  citationFormat: CitationFormat;
  /** The name exports are signed with; empty: unsigned. Also the default reader's name (reader-store.ts). */
  readerName: string;
  /** Who is reading on this laptop (reader-store.ts); an id no profile has reads as the default reader. */
  currentReaderId: string;
}

/** Longer names are cut: a name is a signature, not a note. */
export const READER_NAME_MAX = 120;

function isColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value);
}

const READERS: { [K in keyof Settings]: (stored: unknown) => Settings[K] } = {
  colorMeanings: (stored) => {
    const meanings: ColorMeanings = {};
    if (typeof stored !== 'object' || stored === null) return meanings;
    for (const color of HIGHLIGHT_COLORS) {
      const meaning = (stored as Record<string, unknown>)[color];
      if (typeof meaning === 'string' && meaning !== '') meanings[color] = meaning;
    }
    return meanings;
  },
  lastColor: (stored) => (isColor(stored) ? stored : 'yellow'),
  reading: parseReadingSettings,
  citationFormat: (stored) => (isCitationFormat(stored) ? stored : 'plain'),
  readerName: (stored) => (typeof stored === 'string' ? stored.trim().slice(0, READER_NAME_MAX) : ''),
  currentReaderId: (stored) => (typeof stored === 'string' && stored !== '' ? stored : DEFAULT_READER.id),
};

export async function readSetting<K extends keyof Settings>(
  key: K,
  db: HamishDb = getDb(),
): Promise<Settings[K]> {
  return READERS[key]((await db.settings.get(key))?.value);
}

export function writeSetting<K extends keyof Settings>(
  key: K,
  value: Settings[K],
  db: HamishDb = getDb(),
): Promise<unknown> {
  return withQuotaCheck(() => db.settings.put({ key, value }));
}

/** The record a restore writes in its own transaction when the reader takes a backup's setting. */
export function settingRecord<K extends keyof Settings>(key: K, value: Settings[K]): SettingRecord {
  return { key, value };
}

/** One colour's meaning, merged into the stored map in one transaction: two windows editing two colours both keep theirs. */
export function saveColorMeaning(
  color: HighlightColor,
  meaning: string,
  db: HamishDb = getDb(),
): Promise<unknown> {
  return withQuotaCheck(() =>
    db.transaction('rw', db.settings, async () => {
      const meanings = await readSetting('colorMeanings', db);
      if (meaning === '') delete meanings[color];
      else meanings[color] = meaning;
      await db.settings.put({ key: 'colorMeanings', value: meanings });
    }),
  );
}

/** The settings, live, with their defaults until the first reading arrives; the same object while unchanged. */
export function useSettings(): Settings {
  const stored = useLiveQuery(
    () =>
      getDb().settings.bulkGet([
        'colorMeanings',
        'lastColor',
        'reading',
        'citationFormat',
        'readerName',
        'currentReaderId',
      ]),
    [],
  );
  return useMemo(
    () => ({
      colorMeanings: READERS.colorMeanings(stored?.[0]?.value),
      lastColor: READERS.lastColor(stored?.[1]?.value),
      reading: READERS.reading(stored?.[2]?.value),
      citationFormat: READERS.citationFormat(stored?.[3]?.value),
      readerName: READERS.readerName(stored?.[4]?.value),
      currentReaderId: READERS.currentReaderId(stored?.[5]?.value),
    }),
    [stored],
  );
}

/** One setting, live; undefined until the first reading arrives, so a caller keeps what it already shows. */
export function useStoredSetting<K extends keyof Settings>(key: K): Settings[K] | undefined {
  return useLiveQuery(() => readSetting(key), [key]);
}
