/**
 * Parts of class and id names (split at `-`, `_` and spaces) that mark a box of the site, not of the
 * article: ads and cookie, consent and newsletter boxes. Readability's own patterns miss the common
 * `inline-ad` and `cookie-banner`, which then sit in the middle of the text it keeps.
 */
const FURNITURE_PARTS = new Set([
  'ad',
  'ads',
  'adsbygoogle',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'sponsor',
  'sponsored',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'newsletter',
]);
/** A marked element with more text than this is more likely the page than a box on it: Readability decides. */
const MAX_FURNITURE_CHARS = 500;
const NAME_PARTS = /[\s_-]+/;

/** Removes ad, cookie and newsletter boxes from a parsed page before Readability reads it. */
export function removeSiteFurniture(document: Document): void {
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    if (!element.isConnected || element === document.body || element === document.documentElement) continue;
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
    if (!names.split(NAME_PARTS).some((part) => FURNITURE_PARTS.has(part))) continue;
    if ((element.textContent ?? '').length <= MAX_FURNITURE_CHARS) element.remove();
  }
}
