/**
 * Folds text so a search matches what a reader means rather than how it was typed: Arabic without
 * diacritics or tatweel, hamza-carrying and other letter variants merged, digits and Latin case unified.
 * Choices: ئ folds to ي and ؤ to و (their bases), ة to ه and ى to ي, as most Arabic search engines do.
 */
export interface NormalizedText {
  text: string;
  /** map[i] is the index in the original of normalized char i; map[text.length] is the original's length. */
  map: Int32Array;
}

const ALEF = 0x0627;
const YEH = 0x064a;

const FOLDED: ReadonlyMap<number, number> = new Map([
  [0x0622, ALEF], // آ
  [0x0623, ALEF], // أ
  [0x0625, ALEF], // إ
  [0x0671, ALEF], // ٱ
  [0x0649, YEH], // ى
  [0x0626, YEH], // ئ
  [0x06cc, YEH], // Persian ی
  [0x0629, 0x0647], // ة → ه
  [0x0624, 0x0648], // ؤ → و
  [0x06a9, 0x0643], // Persian ک → ك
  [0x00a0, 0x0020], // no-break space
]);

const lowerCache = new Map<number, string>();

export function normalizeForSearch(source: string): NormalizedText {
  const codes: number[] = [];
  const map: number[] = [];
  const emit = (code: number, origin: number): void => {
    const folded = foldUnit(code);
    if (folded === -1) return;
    if (folded < 0x80 || (folded >= 0x0600 && folded <= 0x06ff) || folded >= 0xd800) {
      codes.push(folded);
      map.push(origin);
      return;
    }
    const lower = lowerCase(folded);
    for (let k = 0; k < lower.length; k++) {
      codes.push(lower.charCodeAt(k));
      map.push(origin);
    }
  };
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (isPresentationForm(code)) {
      const expanded = String.fromCharCode(code).normalize('NFKC');
      for (let k = 0; k < expanded.length; k++) emit(expanded.charCodeAt(k), i);
    } else {
      emit(code, i);
    }
  }
  map.push(source.length);
  return { text: fromCodes(codes), map: Int32Array.from(map) };
}

/** The folded code unit, or -1 when the unit carries nothing a search should see. */
function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  if (isIgnorable(code)) return -1;
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660 + 0x30;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0 + 0x30;
  return FOLDED.get(code) ?? code;
}

function isIgnorable(code: number): boolean {
  return (
    (code >= 0x064b && code <= 0x065f) || // harakat, tanween, shadda, sukun, hamza marks
    code === 0x0670 || // superscript alef
    (code >= 0x06d6 && code <= 0x06ed) || // Quranic annotation marks
    code === 0x0640 || // tatweel
    code === 0x00ad || // soft hyphen
    code === 0x061c || // Arabic letter mark
    (code >= 0x200b && code <= 0x200f) || // zero-width space, joiners, direction marks
    code === 0xfeff
  );
}

function isPresentationForm(code: number): boolean {
  return (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc);
}

function lowerCase(code: number): string {
  let lower = lowerCache.get(code);
  if (lower === undefined) {
    lower = String.fromCharCode(code).toLowerCase();
    lowerCache.set(code, lower);
  }
  return lower;
}

function fromCodes(codes: number[]): string {
  const CHUNK = 8192;
  let text = '';
  for (let i = 0; i < codes.length; i += CHUNK) text += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return text;
}
