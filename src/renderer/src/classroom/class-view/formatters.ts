/** Building an Intl formatter costs about a millisecond: one of each per language, kept for the session. */
const dates = new Map<string, Intl.DateTimeFormat>();
const lists = new Map<string, Intl.ListFormat>();

/** A date with its time, as the class view shows when an earlier answer file was written. */
export function answerDateFormat(language: string): Intl.DateTimeFormat {
  let format = dates.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'ar' ? 'ar-u-nu-latn' : 'en', {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    dates.set(language, format);
  }
  return format;
}

/** "Omar, Sara and Layla": the names of the students who have not answered. */
export function namesFormat(language: string): Intl.ListFormat {
  let format = lists.get(language);
  if (!format) {
    format = new Intl.ListFormat(language, { type: 'conjunction' });
    lists.set(language, format);
  }
  return format;
}
