const ISO_LIKE = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?=$|[T\s])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?=$|T)/;
const DAY_FIRST_OR_MONTH_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?=$|\s)/;
const MONTH_NAME = /[a-z]{3}/i;
const ARABIC_INDIC_ZERO = 0x0660;
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0;

/**
 * A date as a page or a book states it (`2021-03-04T10:00:00+03:00`, `20210304`, `Thu, 04 Mar 2021`,
 * `٢٠٢١/٣/٤`) as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as it is; '' when it is no date. The
 * calendar day is the one written, not shifted to UTC.
 */
export function normalizePublicationDate(value: string): string {
  const text = westernDigits(value.trim());
  const iso = ISO_LIKE.exec(text) ?? COMPACT.exec(text);
  if (iso) return formatDate(Number(iso[1]), iso[2], iso[3]);
  const numeric = DAY_FIRST_OR_MONTH_FIRST.exec(text);
  if (numeric) {
    const [first, second, year] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    if (first > 12) return formatDate(year, String(second), String(first));
    if (second > 12) return formatDate(year, String(first), String(second));
    // 04/03/2021 is March in Cairo and April in New York: only the year is certain.
    return formatDate(year, undefined, undefined);
  }
  if (MONTH_NAME.test(text)) {
    const time = Date.parse(text);
    if (!Number.isNaN(time)) return new Date(time).toISOString().slice(0, 10);
  }
  return '';
}

function formatDate(year: number, month: string | undefined, day: string | undefined): string {
  if (year < 1000 || year > 2999) return '';
  const yyyy = String(year);
  if (month === undefined) return yyyy;
  const monthNumber = Number(month);
  if (monthNumber < 1 || monthNumber > 12) return yyyy;
  const mm = String(monthNumber).padStart(2, '0');
  if (day === undefined) return `${yyyy}-${mm}`;
  const dayNumber = Number(day);
  const daysInMonth = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  if (dayNumber < 1 || dayNumber > daysInMonth) return `${yyyy}-${mm}`;
  return `${yyyy}-${mm}-${String(dayNumber).padStart(2, '0')}`;
}

function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    const zero = code >= EXTENDED_ARABIC_INDIC_ZERO ? EXTENDED_ARABIC_INDIC_ZERO : ARABIC_INDIC_ZERO;
    return String(code - zero);
  });
}
