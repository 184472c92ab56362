import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRelated, titleKey } from '@shared/document/related-titles';

const manifest = JSON.parse(
  readFileSync(
    resolve(import.meta.dirname, '../../../../resources/library/china-interests-kazakhstan-2022.json'),
    'utf8',
  ),
) as { id: string; title: string; related: string[] };
const [INTERNET, BITCOIN, EVERGRANDE, OIL, INFLATION] = manifest.related as [
  string,
  string,
  string,
  string,
  string,
];

describe('the five "read also" titles of the bundled article', () => {
  it('are the ones these tests fold', () => {
    expect(manifest.related).toEqual([INTERNET, BITCOIN, EVERGRANDE, OIL, INFLATION]);
    expect(INTERNET).toBe('انقطاع الإنترنت في كازاخستان يهدد بأزمة غذائية');
  });
});

describe('resolveRelated finds a library document titled another way', () => {
  it.each([
    ['diacritics', INTERNET, 'انقطاعُ الإنترنتِ في كازاخستانَ يُهدِّدُ بأزمةٍ غذائيةٍ'],
    ['hamza on alef below (إ → ا)', INTERNET, 'انقطاع الانترنت في كازاخستان يهدد بأزمة غذائية'],
    ['hamza on alef above (أ → ا)', INFLATION, 'اسباب ارتفاع التضخم في امريكا والصين والعالم'],
    ['alef madda (آ → ا)', OIL, 'النفط نقطة ضعف الصين في آي حرب عسكرية'],
    [
      'hamza forms the other way round (ا → أ)',
      EVERGRANDE,
      'خيارات إيفرجراند الصينية بعد تخلفها عن السداد لاول مرة',
    ],
    ['alef maqsura (ي → ى)', OIL, 'النفط نقطة ضعف الصين فى أى حرب عسكرية'],
    ['teh marbuta (ة → ه)', INTERNET, 'انقطاع الإنترنت في كازاخستان يهدد بأزمه غذائيه'],
    ['tatweel', BITCOIN, 'مظاهـــرات كازاخستـان ضربة لعملة بيتكـوين وفرصة أيضا'],
    ['tanween on أيضاً', BITCOIN, 'مظاهرات كازاخستان ضربة لعملة بيتكوين وفرصة أيضاً'],
    ['punctuation and spacing', BITCOIN, '  مظاهرات كازاخستان: ضربة لعملة «بيتكوين»،  وفرصة\u00A0أيضا!  '],
    ['decomposed hamza (NFD)', INFLATION, 'ا\u0654سباب ارتفاع التضخم في ا\u0654مريكا والصين والعالم'],
    ['every fold at once', OIL, 'النّفـط: نقطه ضعف الصّين فى آى حربٍ عسكريه؟'],
  ])('%s', (_, related, libraryTitle) => {
    const library = [
      { id: manifest.id, title: manifest.title },
      { id: 'imported-a', title: 'عنوان لا علاقة له' },
      { id: 'imported-b', title: libraryTitle },
    ];
    expect(resolveRelated([related], library)).toEqual([{ title: related, documentId: 'imported-b' }]);
  });

  it('resolves every entry of the list on its own, keeping order and the titles as written', () => {
    const library = [
      { id: manifest.id, title: manifest.title },
      { id: 'imported-oil', title: 'النفط نقطة ضعف الصين فى أى حرب عسكريه' },
      { id: 'imported-internet', title: 'انقطاع الانترنت في كازاخستان يهدد بازمة غذائية' },
    ];
    expect(resolveRelated(manifest.related, library)).toEqual([
      { title: INTERNET, documentId: 'imported-internet' },
      { title: BITCOIN, documentId: null },
      { title: EVERGRANDE, documentId: null },
      { title: OIL, documentId: 'imported-oil' },
      { title: INFLATION, documentId: null },
    ]);
  });
});

describe('resolveRelated does not link what differs', () => {
  it.each([
    ['a title that is a prefix', INTERNET, 'انقطاع الإنترنت في كازاخستان'],
    ['a title that goes on', OIL, `${OIL} والعالم`],
    ['one letter different (ن/ب)', INFLATION, 'أسباب ارتفاع التضخم في أمريكا والصين والعالب'],
    ['words in another order', BITCOIN, 'كازاخستان مظاهرات ضربة لعملة بيتكوين وفرصة أيضا'],
    ['an empty title', '', ''],
    ['a title of punctuation only', '…', '—'],
  ])('%s', (_, related, libraryTitle) => {
    expect(resolveRelated([related], [{ id: 'imported-x', title: libraryTitle }])).toEqual([
      { title: related, documentId: null },
    ]);
  });

  it('gives the first document in library order when two titles fold alike', () => {
    const library = [
      { id: 'imported-first', title: 'أزمة الطاقة' },
      { id: 'imported-second', title: 'ازمه الطاقه' },
    ];
    expect(resolveRelated(['أزمة الطاقة'], library)[0]?.documentId).toBe('imported-first');
  });
});

describe('titleKey', () => {
  it.each([
    ['Latin case and punctuation', 'Oil: China’s Weak Point!', 'oil china s weak point'],
    ['Arabic-Indic digits', 'احداث كازاخستان ٢٠٢٢؟', 'احداث كازاخستان 2022'],
    ['Persian yeh and kaf', 'کتاب یک', 'كتاب يك'],
    ['hamza on waw and yeh', 'مؤتمر رئيس', 'موتمر رييس'],
    ['presentation forms', 'ﺍﻟﺼﻴﻦ', 'الصين'],
  ])('folds %s', (_, title, key) => {
    expect(titleKey(title)).toBe(key);
  });
});
