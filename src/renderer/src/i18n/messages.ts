import type { UiLanguage } from '@shared/platform/platform-contract';

/** A plural message names the forms Intl.PluralRules picks; Arabic uses all six. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
export type Message = string | PluralForms;

type SameShape<A> = { [K in keyof A]: A[K] extends string ? string : PluralForms };

/** Each feature declares its strings once per language; the English side must name every key. */
export function defineMessages<const A extends Record<string, Message>>(
  ar: A,
  en: SameShape<A>,
): Record<UiLanguage, SameShape<A>> {
  return { ar: ar as SameShape<A>, en };
}

export type Params = Record<string, string | number>;

const numberFormats: Record<UiLanguage, Intl.NumberFormat> = {
  // The article itself writes Western digits (2022, 7 يناير): the UI matches it.
  ar: new Intl.NumberFormat('ar-u-nu-latn'),
  en: new Intl.NumberFormat('en'),
};
const pluralRules: Record<UiLanguage, Intl.PluralRules> = {
  ar: new Intl.PluralRules('ar'),
  en: new Intl.PluralRules('en'),
};

export function formatNumber(language: UiLanguage, value: number): string {
  return numberFormats[language].format(value);
}

/** Picks the plural form for `params.count` (when the message has forms) and fills `{name}` slots. */
export function formatMessage(language: UiLanguage, message: Message, params: Params = {}): string {
  let template: string;
  if (typeof message === 'string') {
    template = message;
  } else {
    const count = Number(params.count ?? 0);
    template = message[pluralRules[language].select(count)] ?? message.other;
  }
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = params[name];
    if (value === undefined) return slot;
    return typeof value === 'number' ? formatNumber(language, value) : value;
  });
}
