/**
 * Keyword tables for the non-body furniture publishers put around an article: the "read also" label
 * that opens a list of related pieces, and subscribe/follow lines. Matching runs on a folded form so
 * hamza/alef variants, tanween and tatweel ("إقرأ أيضا:", "اقرأ أيضاً") all count.
 */

/** Labels that open a related-pieces list, in folded form (see foldForMatching). */
const READ_ALSO_LABELS = new Set([
  'اقرا ايضا',
  'اقرا كذلك',
  'اقرا المزيد',
  'طالع ايضا',
  'شاهد ايضا',
  'مواضيع ذات صله',
  'مقالات ذات صله',
  'اخبار ذات صله',
  'ذات صله',
  'read also',
  'also read',
  'read more',
  'see also',
  'related',
  'related articles',
  'related stories',
]);

/** A publisher line opens with a call to action… */
const CALLS_TO_ACTION = [
  'اشترك',
  'اشتركوا',
  'تابعنا',
  'تابعونا',
  'انضم',
  'انضموا',
  'حمل تطبيق',
  'subscribe',
  'follow us',
  'join us',
  'join our',
  'sign up',
];

/** …and names a channel to act on. */
const CHANNELS = [
  'قناه',
  'تيليجرام',
  'تليجرام',
  'تلغرام',
  'تيليغرام',
  'جوجل نيوز',
  'غوغل نيوز',
  'قوقل نيوز',
  'فيسبوك',
  'فيس بوك',
  'تويتر',
  'يوتيوب',
  'واتساب',
  'انستغرام',
  'انستجرام',
  'النشره البريديه',
  'تطبيق',
  'telegram',
  'google news',
  'facebook',
  'twitter',
  'youtube',
  'whatsapp',
  'instagram',
  'newsletter',
  'channel',
];

/** Longer than this and a block is prose that happens to mention a channel. */
const MAX_PUBLISHER_LINE = 200;
/** Labels are a few words; a longer block is a sentence that starts like one. */
const MAX_LABEL = 40;

/** Tatweel and every nonspacing mark: tashkeel and tanween, and any combining accent. */
const TATWEEL_AND_MARKS = /\u0640|\p{Mn}/gu;
const ALEF_VARIANTS = /[\u0622\u0623\u0625\u0671]/g;
const TRAILING_PUNCTUATION = /[\s:：.…\-–—]+$/u;

/** Lowercase, strip diacritics and tatweel, unify alef forms, ى→ي and ة→ه, collapse spaces. */
function foldForMatching(text: string): string {
  return text
    .toLowerCase()
    .replace(TATWEEL_AND_MARKS, '')
    .replace(ALEF_VARIANTS, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isReadAlsoLabel(block: string): boolean {
  if (block.length > MAX_LABEL) return false;
  return READ_ALSO_LABELS.has(foldForMatching(block).replace(TRAILING_PUNCTUATION, ''));
}

export function isPublisherLine(block: string): boolean {
  if (block.length > MAX_PUBLISHER_LINE) return false;
  const folded = foldForMatching(block);
  const opensWithCall = CALLS_TO_ACTION.some(
    (call) => folded.startsWith(call) && (folded.length === call.length || folded[call.length] === ' '),
  );
  return opensWithCall && CHANNELS.some((channel) => folded.includes(channel));
}
