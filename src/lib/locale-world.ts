/**
 * Locales for every language and number style (locale.ts has the interface): Chinese 万/亿, Urdu and
 * English lakh/crore, dates and fiscal years in each language. Loaded with a catalogue, so the first
 * load of an English reader carries none of it.
 */
import type { IndicatorUnit } from '@/domain/indicator';
import { directionOf, type Language } from './language';
import { createEnglishLocale, formatMessages as messages, type Locale } from './locale';
import { formatPartialDate, formatPeriodIn } from './locale-dates';
import { formatCompact, formatMoney, formatMoneyFull, formatPercent } from './locale-numbers';
import { createTranslator, type Catalogue } from './messages';
import { defaultNumberStyle, type NumberStyle } from './number-styles';

const numberFormats = new Map<string, Intl.NumberFormat>();
function nf(locale: string, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${maximumFractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { maximumFractionDigits });
    numberFormats.set(key, f);
  }
  return f;
}

const sign = (n: number) => (n > 0 ? '+' : n < 0 ? '−' : '±');

export function createLocale(
  lang: Language,
  catalogue: Catalogue = {},
  numberStyle: NumberStyle = defaultNumberStyle(lang),
): Locale {
  const t = createTranslator(lang, catalogue);
  const isEnglish = lang === 'en' || lang === 'en-XA';
  if (isEnglish && numberStyle === 'international') return createEnglishLocale(t);
  const intl = isEnglish ? 'en-GB' : lang;
  const number = (value: number, digits = 0) => nf(intl, digits).format(value);
  const date = (partial: string) => formatPartialDate(partial, lang);

  const inUnit = (v: number, unit: IndicatorUnit, compact: boolean): string => {
    switch (unit) {
      case '%':
      case '% per year':
        return formatPercent(v, lang, 2);
      case 'USD':
      case 'PKR':
      case 'CNY':
        return compact ? formatMoney(v, unit, lang, { style: numberStyle }) : formatMoneyFull(v, unit, lang);
      case 'persons':
        return compact ? formatCompact(v, lang, { style: numberStyle, maximumFractionDigits: 2 }) : number(v);
      case 'count':
        return number(v);
    }
  };
  const value: Locale['value'] = (v, unit, { compact = true, qualifier = null } = {}) => {
    let text = inUnit(v, unit, compact);
    if (unit === '% per year') text = t.format(messages.perYear, { value: text });
    if (qualifier === 'more-than') return `${text}+`;
    if (qualifier === 'about') return t.format(messages.about, { value: text });
    return text;
  };

  return {
    ...t,
    numberStyle,
    dir: directionOf(lang),
    value,
    number,
    percentChange: (ratio) => `${sign(ratio)}${formatPercent(Math.abs(ratio) * 100, lang, 1)}`,
    signed: (v, unit) =>
      unit === '%'
        ? t.format(messages.points, { value: `${sign(v)}${number(Math.abs(v), 2)}` })
        : `${sign(v)}${value(Math.abs(v), unit)}`,
    date,
    asOf: (asOf) => (asOf ? t.format(messages.asOf, { date: date(asOf) }) : t.format(messages.noDate)),
    period: (period) => formatPeriodIn(period, lang),
    describePeriod: (period) => formatPeriodIn(period, lang, { long: true }),
  };
}
