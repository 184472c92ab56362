import type { DraftBlock } from '../document/document-model';

export interface DetectedLanguage {
  /** BCP 47 primary tag: `ar`, `fa`, `ur`, `he`, `en`, or `und` when we cannot tell. */
  language: string;
  direction: 'rtl' | 'ltr';
}

/** Letters read from a document: enough for a stable majority, bounded so a 50 MB file costs no more. */
const DOCUMENT_SAMPLE_CHARS = 24_000;
const BLOCK_SAMPLE_CHARS = 2_000;

/** The four we detect, and the other right-to-left languages a file may declare (`lang: ps`). */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'ur', 'he', 'ps', 'sd', 'ug', 'ckb', 'yi', 'dv', 'syr']);

/** Letters only Urdu writes among Arabic-script languages: ٹ ڈ ڑ ں ے ھ, and its heh ہ. */
const URDU_LETTERS = new Set([0x0679, 0x0688, 0x0691, 0x06ba, 0x06d2, 0x06be, 0x06c1]);
/** Persian's own letters and its forms of kaf and yeh: پ چ ژ گ ک ی. */
const PERSIAN_LETTERS = new Set([0x067e, 0x0686, 0x0698, 0x06af, 0x06a9, 0x06cc]);
/** Arabic's forms that Persian and Urdu write otherwise: ي ك ى ة. */
const ARABIC_ONLY_LETTERS = new Set([0x064a, 0x0643, 0x0649, 0x0629]);
/** Share of Arabic-script letters that must be Urdu-only before a text is Urdu; ے alone is about 4% of Urdu. */
const MIN_URDU_SHARE = 0.01;

/** A letter, then which of the scripts we tell apart it belongs to (no group: any other script). */
const SCRIPT_LETTER = /(?=\p{L})(?:(\p{Script=Arabic})|(\p{Script=Hebrew})|(\p{Script=Latin})|.)/gsu;

interface LetterCounts {
  arabic: number;
  hebrew: number;
  latin: number;
  other: number;
  urdu: number;
  persian: number;
  arabicOnly: number;
}

/**
 * The main language of a text by which script most of its letters are in. Latin letters are called
 * English: telling French from English needs word statistics, and a wrong guess would set the wrong
 * typography and hyphenation, so we do not guess other Latin languages. A text with no letters, or
 * mostly in a script we do not tell apart (Cyrillic, Greek, CJK…), is `und` and left to right: those
 * scripts are written left to right, and digits and symbols lay out most predictably so.
 */
export function detectLanguage(text: string): DetectedLanguage {
  return languageOf(countLetters(boundedSample(text, DOCUMENT_SAMPLE_CHARS))) ?? UNDETERMINED;
}

/**
 * Marks the blocks whose own language, by the majority of their letters (not the first strong one,
 * which an English name opening an Arabic sentence would win), differs from the document's. Blocks
 * without letters, and blocks whose source already declared a language, are left as they are.
 */
export function annotateBlockLanguages(blocks: DraftBlock[], document: DetectedLanguage): DraftBlock[] {
  return blocks.map((block) => {
    if (block.lang !== undefined) return block;
    const own = languageOf(countLetters(block.text.slice(0, BLOCK_SAMPLE_CHARS)));
    if (own === null || own.language === document.language) return block;
    return { ...block, lang: own.language, dir: own.direction };
  });
}

/** The direction a language is written in, from its BCP 47 primary tag. */
export function directionOf(language: string): 'rtl' | 'ltr' {
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}

const UNDETERMINED: DetectedLanguage = { language: 'und', direction: 'ltr' };

function languageOf(counts: LetterCounts): DetectedLanguage | null {
  const { arabic, hebrew, latin, other } = counts;
  const most = Math.max(arabic, hebrew, latin, other);
  if (most === 0) return null;
  if (arabic === most) return withDirection(arabicScriptLanguage(counts));
  if (latin === most) return withDirection('en');
  if (hebrew === most) return withDirection('he');
  return UNDETERMINED;
}

/** Urdu writes letters no other language here does; Persian writes its own yeh and kaf where Arabic writes ي and ك. */
function arabicScriptLanguage({ arabic, urdu, persian, arabicOnly }: LetterCounts): string {
  if (urdu >= arabic * MIN_URDU_SHARE) return 'ur';
  if (persian > arabicOnly) return 'fa';
  return 'ar';
}

function withDirection(language: string): DetectedLanguage {
  return { language, direction: directionOf(language) };
}

function countLetters(text: string): LetterCounts {
  const counts: LetterCounts = {
    arabic: 0,
    hebrew: 0,
    latin: 0,
    other: 0,
    urdu: 0,
    persian: 0,
    arabicOnly: 0,
  };
  for (const [letter, arabic, hebrew, latin] of text.matchAll(SCRIPT_LETTER)) {
    if (arabic !== undefined) {
      counts.arabic += 1;
      const code = letter.codePointAt(0) ?? 0;
      if (URDU_LETTERS.has(code)) counts.urdu += 1;
      else if (PERSIAN_LETTERS.has(code)) counts.persian += 1;
      else if (ARABIC_ONLY_LETTERS.has(code)) counts.arabicOnly += 1;
    } else if (hebrew !== undefined) counts.hebrew += 1;
    else if (latin !== undefined) counts.latin += 1;
    else counts.other += 1;
  }
  return counts;
}

/** The start, middle and end of a long text: a preface in another language does not decide alone. */
function boundedSample(text: string, size: number): string {
  if (text.length <= size) return text;
  const third = Math.floor(size / 3);
  const middle = Math.floor((text.length - third) / 2);
  return [text.slice(0, third), text.slice(middle, middle + third), text.slice(-third)].join('\n');
}
