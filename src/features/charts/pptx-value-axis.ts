/**
 * Pure: how a PowerPoint chart's value axis (and its data labels) writes figures in the reader's
 * language and number style, as the page does (lib/locale-numbers.ts). An Excel number format can
 * only divide by thousands (each trailing comma), so millions and billions keep the chart's real
 * values and scale in the format; 万/亿 and lakh/crore cannot, so the values are divided before
 * they go into the chart and the axis title says by what.
 */
import type { IndicatorUnit } from '@/domain/indicator';
import type { Language } from '@/lib/language';
import { moneyAffixes, type Currency } from '@/lib/locale-numbers';
import type { NumberStyle } from '@/lib/number-styles';

export interface PptxValueAxis {
  /** The chart's values are divided by this (1: they stay as they are). */
  divisor: number;
  /** Excel number format of the axis labels, e.g. `"US$"#,##0"亿"` (ticks are round). */
  formatCode: string;
  /** Of data labels: a decimal more while the figures are small in their scale ("US$24.6亿"). */
  labelFormatCode: string;
  /** The word the values were divided into ("亿", "crore", "کروڑ"); null when they were not. */
  scale: string | null;
}

type Scale = readonly [size: number, word: string];

const CHINESE: readonly Scale[] = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];
// CLDR's Urdu words, as Intl writes them on the page; its English has none past a crore.
const SOUTH_ASIAN_URDU: readonly Scale[] = [
  [1e11, 'کھرب'],
  [1e9, 'ارب'],
  [1e7, 'کروڑ'],
  [1e5, 'لاکھ'],
];
const SOUTH_ASIAN: readonly Scale[] = [
  [1e7, 'crore'],
  [1e5, 'lakh'],
];
// Divided by commas in the format: the values stay the real figures.
const INTERNATIONAL: Record<'en' | 'zh-Hans' | 'ur', readonly Scale[]> = {
  en: [
    [1e9, 'bn'],
    [1e6, 'm'],
  ],
  'zh-Hans': [
    [1e9, 'B'],
    [1e6, 'M'],
  ],
  ur: [
    [1e9, '\u00a0بلین'],
    [1e6, '\u00a0ملین'],
  ],
};
/** The page's English business-press symbols ("$1.2bn", "Rs30bn", "¥140bn"). */
const ENGLISH_SYMBOLS: Record<Currency, string> = { USD: '$', PKR: 'Rs', CNY: '¥' };

const quoted = (text: string) => (text ? `"${text}"` : '');
const isMoney = (unit: IndicatorUnit): unit is Currency => unit === 'USD' || unit === 'PKR' || unit === 'CNY';

/** Digits after the point: one while the figures stay below `below` of their unit, none above. */
const digits = (largest: number, below: number) => (largest < below ? '#,##0.0' : '#,##0');

export function pptxValueAxis(
  unit: IndicatorUnit,
  largest: number,
  lang: Language,
  style: NumberStyle,
): PptxValueAxis {
  if (unit === '%' || unit === '% per year')
    return { divisor: 1, formatCode: '0"%"', labelFormatCode: '0.0"%"', scale: null };
  const language = lang === 'en-XA' ? 'en' : lang;
  const englishPress = language === 'en' && style === 'international';
  const money = isMoney(unit)
    ? englishPress
      ? { before: ENGLISH_SYMBOLS[unit] }
      : moneyAffixes(unit, language)
    : {};
  const affix = (scaled: string, word: string) =>
    `${quoted(money.before ?? '')}${scaled}${quoted(`${word}${money.after ?? ''}`)}`;

  if (style === 'international') {
    const [size, word] = INTERNATIONAL[language].find(([s]) => largest >= s) ?? [1, ''];
    const commas = ','.repeat(Math.log10(size) / 3);
    const format = size >= 1e9 ? '#,##0.0' : '#,##0';
    const formatCode = affix(`${format}${commas}`, word);
    return { divisor: 1, formatCode, labelFormatCode: formatCode, scale: null };
  }
  const scales = style === 'chinese' ? CHINESE : language === 'ur' ? SOUTH_ASIAN_URDU : SOUTH_ASIAN;
  const found = scales.find(([s]) => largest >= s);
  if (!found) {
    const formatCode = affix('#,##0', '');
    return { divisor: 1, formatCode, labelFormatCode: formatCode, scale: null };
  }
  const [size, word] = found;
  // Han scale words join the figure; Latin and Urdu ones stand apart, as on the page.
  const scaled = `${style === 'chinese' ? '' : '\u00a0'}${word}`;
  return {
    divisor: size,
    formatCode: affix(digits(largest / size, 10), scaled),
    labelFormatCode: affix(digits(largest / size, 1000), scaled),
    scale: word,
  };
}

/** A value divided by the axis's divisor, without binary noise (1456000000 / 1e8 → 14.56). */
export const scaledValue = (value: number, divisor: number) =>
  divisor === 1 ? value : Number((value / divisor).toPrecision(12));
