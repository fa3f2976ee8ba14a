/**
 * Everything a view needs to speak the reader's language: its messages and its numbers, money,
 * dates and periods in the chosen number style. Pure shaping functions take a `Locale` argument;
 * components get the active one from `useLocale()` (components/language-provider.tsx).
 * English in the international style is built here, in the first load; every other language or
 * style comes from locale-world.ts, loaded with its catalogue.
 */
import type { IndicatorUnit } from '@/domain/indicator';
import type * as Formats from './format';
import { createTranslator, defineMessages, messageFormatReady, type Translator } from './messages';
import type { NumberStyle } from './number-styles';

type EnglishFormats = Pick<
  typeof Formats,
  'formatValue' | 'formatPercentChange' | 'formatDate' | 'formatPeriod' | 'describePeriod'
>;
/**
 * English figures and dates (./format) are not in the first load, which shows none (the cards' bodies
 * come later): they load with the message formatter, and until then a figure or date shows as given.
 */
let english: EnglishFormats = {
  formatValue: (value) => String(value),
  formatPercentChange: (ratio) => String(ratio),
  formatDate: (partial) => partial,
  formatPeriod: (period) => period,
  describePeriod: (period) => period,
};

/**
 * Resolves once the message formatter and the English figures have loaded. Whatever loads a lazy
 * piece awaits it with it (app/routes.ts `lazyNamed`, components/deferred.tsx, the KPI bodies, other
 * languages), so nothing past the first screen ever sees them missing.
 */
export const formattersReady: Promise<void> = Promise.all([
  messageFormatReady,
  import('./format').then((module) => {
    english = module;
    void module.prepareFormats();
  }),
]).then(() => undefined);

/** Words around figures, shared by every language's locale (locale-world.ts). */
export const formatMessages = defineMessages({
  about: {
    id: 'format.qualifier.about',
    defaultMessage: 'about {value}',
    description: 'A rounded figure; value is already formatted ("about 23").',
  },
  perYear: {
    id: 'format.unit.per-year',
    defaultMessage: '{value} a year',
    description: 'A growth rate; value is a formatted percentage ("1.9%").',
  },
  points: {
    id: 'format.unit.points',
    defaultMessage: '{value} pts',
    description: 'A change between two percentages in percentage points; value is signed ("+2.1").',
  },
  asOf: {
    id: 'format.as-of',
    defaultMessage: 'as of {date}',
    description: 'When a source gave a figure; date is formatted ("16 Aug 2024").',
  },
  noDate: {
    id: 'format.as-of.none',
    defaultMessage: 'date not given by the source',
    description: 'Shown instead of an as-of date when the source gave none (a date is never guessed).',
  },
});

export interface Locale extends Translator {
  numberStyle: NumberStyle;
  dir: 'ltr' | 'rtl';
  /** A figure in its unit: compact ("241.5 million", "$1.23bn") for cards, full for tables. */
  value(value: number, unit: IndicatorUnit, options?: Formats.FormatOptions): string;
  /** A plain number with the language's grouping ("2,500"). */
  number(value: number, maximumFractionDigits?: number): string;
  /** A ratio as a signed percentage change: 0.163 → "+16.3%". */
  percentChange(ratio: number): string;
  /** A signed difference in the unit ("+7", "−$12m", "+2.1 pts"). */
  signed(value: number, unit: IndicatorUnit): string;
  /** A partial date as partial as the source gave it: "16 Aug 2024", "Aug 2024", "2024". */
  date(partial: string): string;
  /** "as of 16 Aug 2024", or "date not given by the source". */
  asOf(asOf: string | null): string;
  /** A period as people say it: "FY2025", "Aug 2024", "1993–2012". */
  period(period: string): string;
  /** The long form for tooltips: "FY2025 (Jul 2024–Jun 2025)". */
  describePeriod(period: string): string;
}

const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '±');
const englishNumbers = new Map<number, Intl.NumberFormat>();
const englishNumber = (value: number, digits = 0) => {
  let f = englishNumbers.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits });
    englishNumbers.set(digits, f);
  }
  return f.format(value);
};

/**
 * English in the international style, from `translator` (English or the pseudo-locale): the
 * business-press forms ("$1.23bn", "Rs30bn", "241.49 million").
 */
export function createEnglishLocale(translator: Translator = createTranslator('en', {})): Locale {
  const t = translator;
  const value: Locale['value'] = (v, unit, { compact = true, qualifier = null } = {}) => {
    let text = english.formatValue(v, unit === '% per year' ? '%' : unit, { compact });
    if (unit === '% per year') text = t.format(formatMessages.perYear, { value: text });
    if (qualifier === 'more-than') return `${text}+`;
    if (qualifier === 'about') return t.format(formatMessages.about, { value: text });
    return text;
  };
  return {
    ...t,
    numberStyle: 'international',
    dir: 'ltr',
    value,
    number: englishNumber,
    percentChange: (ratio) => english.formatPercentChange(ratio),
    signed: (v, unit) =>
      unit === '%'
        ? t.format(formatMessages.points, { value: `${sign(v)}${englishNumber(Math.abs(v), 2)}` })
        : `${sign(v)}${value(Math.abs(v), unit)}`,
    date: (partial) => english.formatDate(partial),
    asOf: (asOf) =>
      asOf
        ? t.format(formatMessages.asOf, { date: english.formatDate(asOf) })
        : t.format(formatMessages.noDate),
    period: (period) => english.formatPeriod(period),
    describePeriod: (period) => english.describePeriod(period),
  };
}

/** English in the international style: the locale of tests and of anything outside the provider. */
export const englishLocale: Locale = createEnglishLocale();
