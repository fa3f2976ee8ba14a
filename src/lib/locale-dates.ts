/**
 * Dates, periods and Pakistan's fiscal years (July–June) in each UI language. Partial dates stay
 * partial: "2024-08" is a month, never a made-up day. Fiscal years always say which months they
 * cover in the long form: FY2025 = Jul 2024–Jun 2025.
 */
import { intlLocale, type Language } from './language';

const cache = new Map<string, Intl.DateTimeFormat>();
function df(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  // English dates read day-month-year, as Pakistani English does.
  const locale = lang === 'en' || lang === 'en-XA' ? 'en-GB' : intlLocale(lang);
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options });
    cache.set(key, f);
  }
  return f;
}

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));
const monthYear = (lang: Language, y: number, m: number) =>
  df(lang, { year: 'numeric', month: lang === 'en' || lang === 'en-XA' ? 'short' : 'long' }).format(
    utc(y, m),
  );

/** "2024-08-16" → 16 Aug 2024 / 2024年8月16日 / 16 اگست، 2024; "2024-08" → the month; "2024" → the year. */
export function formatPartialDate(partial: string, lang: Language): string {
  const [y, m, d] = partial.split('-').map(Number);
  if (!y) return partial;
  if (m && d) return df(lang, { year: 'numeric', month: 'short', day: 'numeric' }).format(utc(y, m, d));
  if (m) return monthYear(lang, y, m);
  return lang === 'zh-Hans' ? `${y}年` : String(y);
}

/** A span between two labels, in the language's words: "–" in English and Chinese, "تا" in Urdu. */
const span = (lang: Language, from: string, to: string) =>
  lang === 'ur' ? `${from} تا ${to}` : `${from}–${to}`;

/** FY2025 / 2025财年 / مالی سال 2025; with `long`, the months it covers in brackets. */
export function formatFiscalYear(endYear: number, lang: Language, { long = false } = {}): string {
  const short =
    lang === 'zh-Hans' ? `${endYear}财年` : lang === 'ur' ? `مالی سال ${endYear}` : `FY${endYear}`;
  if (!long) return short;
  return `${short} (${span(lang, monthYear(lang, endYear - 1, 7), monthYear(lang, endYear, 6))})`;
}

/** Periods as the API names them ("FY2025", "2024-08", "2023", "1993-2012") in the reader's language. */
export function formatPeriodIn(period: string, lang: Language, options: { long?: boolean } = {}): string {
  const fy = /^FY(\d{4})$/.exec(period);
  if (fy) return formatFiscalYear(Number(fy[1]), lang, options);
  const years = /^(\d{4})-(\d{4})$/.exec(period);
  if (years) return span(lang, formatPartialDate(years[1]!, lang), formatPartialDate(years[2]!, lang));
  return formatPartialDate(period, lang);
}
