/** Number and date formatting through Intl, in one place so every panel reads the same. */
import type { IndicatorUnit } from '@/domain/indicator';
import { yieldToBrowser } from './yield-to-browser';

const LOCALE = 'en-GB';
const cache = new Map<string, Intl.NumberFormat>();
function nf(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, options);
    cache.set(key, f);
  }
  return f;
}

/** The formats every page's first figures use (`formatValue` for cards, changes and tables). */
const FIRST_FORMATS: readonly Intl.NumberFormatOptions[] = [
  { maximumFractionDigits: 2 },
  { maximumFractionDigits: 1 },
  { maximumFractionDigits: 0 },
  { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 },
];

/**
 * Makes the first figures' formats ahead, one per task, while the page's answers are on the way.
 * Making one costs a phone 1–5 ms (ICU's locale data); made at the first render, they were 12 ms
 * of the overview's longest task.
 */
export async function prepareFormats(): Promise<void> {
  for (const options of FIRST_FORMATS) {
    await yieldToBrowser();
    nf(options);
  }
}

export interface FormatOptions {
  /** Compact ("241.5 million", "$1.23bn") for cards; full ("241,490,000") for tables. */
  compact?: boolean;
  qualifier?: 'more-than' | 'about' | null;
}

export function formatValue(
  value: number,
  unit: IndicatorUnit,
  { compact = true, qualifier = null }: FormatOptions = {},
): string {
  let text: string;
  switch (unit) {
    case '%':
      text = `${nf({ maximumFractionDigits: 2 }).format(value)}%`;
      break;
    case '% per year':
      text = `${nf({ maximumFractionDigits: 2 }).format(value)}% a year`;
      break;
    case 'USD':
    case 'PKR':
    case 'CNY':
      text = compact
        ? formatMoneyCompact(value, unit)
        : nf({ style: 'currency', currency: unit, maximumFractionDigits: 0 }).format(value);
      break;
    case 'persons':
      text =
        compact && Math.abs(value) >= 1e6
          ? nf({ notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }).format(value)
          : nf({ maximumFractionDigits: 0 }).format(value);
      break;
    case 'count':
      text = nf({ maximumFractionDigits: 0 }).format(value);
      break;
  }
  if (qualifier === 'more-than') return `${text}+`;
  if (qualifier === 'about') return `about ${text}`;
  return text;
}

/** "$1.23bn", "Rs30bn", "¥140.25bn": the style Pakistani and Chinese business press use. */
function formatMoneyCompact(value: number, unit: 'USD' | 'PKR' | 'CNY'): string {
  const symbol = { USD: '$', PKR: 'Rs', CNY: '¥' }[unit];
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  const [scaled, suffix] = abs >= 1e9 ? [abs / 1e9, 'bn'] : abs >= 1e6 ? [abs / 1e6, 'm'] : [abs, ''];
  const digits = scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2;
  return `${sign}${symbol}${nf({ maximumFractionDigits: digits }).format(scaled)}${suffix}`;
}

export function formatPercentChange(ratio: number): string {
  const sign = ratio > 0 ? '+' : ratio < 0 ? '−' : '±';
  return `${sign}${nf({ maximumFractionDigits: 1 }).format(Math.abs(ratio) * 100)}%`;
}

export function formatSignedNumber(value: number, unit: IndicatorUnit): string {
  const sign = value > 0 ? '+' : value < 0 ? '−' : '±';
  if (unit === '%') return `${sign}${nf({ maximumFractionDigits: 2 }).format(Math.abs(value))} pts`;
  return `${sign}${formatValue(Math.abs(value), unit)}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2024-08-16" → "16 Aug 2024"; "2024-08" → "Aug 2024"; "2024" → "2024". */
export function formatDate(partial: string): string {
  const [y, m, d] = partial.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  if (d && month) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y ?? partial;
}

/** Periods as people say them: "FY2025", "Aug 2024", "2023", "1993–2012". */
export function formatPeriod(period: string): string {
  if (/^\d{4}-\d{4}$/.test(period)) return period.replace('-', '–');
  if (/^\d{4}-\d{2}$/.test(period)) return formatDate(period);
  return period;
}

/** The long form for tooltips: Pakistan's fiscal year runs July to June. */
export function describePeriod(period: string): string {
  const fy = /^FY(\d{4})$/.exec(period);
  if (fy) return `FY${fy[1]} (Jul ${Number(fy[1]) - 1}–Jun ${fy[1]})`;
  return formatPeriod(period);
}
