export type TextDirection = 'rtl' | 'ltr';

const STRONG = /[\p{L}]/u;
const RTL_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;

/** The direction the first strong letter sets (the rule `dir="auto"` follows); `fallback` when there is none. */
export function textDirection(text: string, fallback: TextDirection = 'ltr'): TextDirection {
  const match = STRONG.exec(text);
  if (!match) return fallback;
  return RTL_SCRIPT.test(match[0]) ? 'rtl' : 'ltr';
}
