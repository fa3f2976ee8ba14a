/**
 * Numbers and money as each audience reads them (docs/i18n.md, "Number styles"): Intl does the work
 * where CLDR has it (万/亿 for Chinese; ہزار/لاکھ/کروڑ/ارب for Urdu; million/billion for English);
 * this adds what CLDR lacks: English lakh/crore words and Urdu million/billion words.
 */
import { intlLocale, type Language } from './language';
import { defaultNumberStyle, type NumberStyle } from './number-styles';

export interface CompactOptions {
  style?: NumberStyle;
  /** Digits after the point of the scaled figure: 1 by default ("1.2亿"), 4 for "2.4149亿". */
  maximumFractionDigits?: number;
}

const cache = new Map<string, Intl.NumberFormat>();
function nf(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f;
}

const URDU_WORDS: [number, string][] = [
  [1e12, 'ٹریلین'],
  [1e9, 'بلین'],
  [1e6, 'ملین'],
];

/** A figure scaled by words: below the first word it is written out with grouping. */
function scaled(value: number, locale: string, digits: number, words: [number, string][], group = locale) {
  const abs = Math.abs(value);
  const word = words.find(([size]) => abs >= size);
  if (!word) return nf(locale, { maximumFractionDigits: 0 }).format(value);
  // A no-break space, as CLDR's own compact forms use, keeps figure and word on one line.
  return `${nf(group, { maximumFractionDigits: digits }).format(value / word[0])}\u00a0${word[1]}`;
}

/**
 * "1.2 million" / "1.2 billion" (international), "12 lakh" / "3,000 crore" / "30 ارب" (South Asian),
 * "120万" / "1.2亿" (Chinese). Figures below a million (international) or a lakh (South Asian) are
 * written out in full.
 */
export function formatCompact(value: number, lang: Language, options: CompactOptions = {}): string {
  const { style = defaultNumberStyle(lang), maximumFractionDigits: digits = 1 } = options;
  const locale = intlLocale(lang);
  if (style === 'chinese')
    return nf('zh-Hans', { notation: 'compact', maximumFractionDigits: digits }).format(value);
  if (style === 'south-asian') {
    if (Math.abs(value) < 1e5) return nf(locale, { maximumFractionDigits: 0 }).format(value);
    // CLDR's Urdu has lakh, crore, arab and kharab; its English (en-IN) abbreviates past a crore.
    if (lang === 'ur') return nf('ur', { notation: 'compact', maximumFractionDigits: digits }).format(value);
    return scaled(value, 'en-IN', digits, [
      [1e7, 'crore'],
      [1e5, 'lakh'],
    ]);
  }
  if (lang === 'ur') return scaled(value, 'ur', digits, URDU_WORDS);
  if (lang === 'zh-Hans') {
    if (Math.abs(value) < 1e6) return nf('zh-Hans', { maximumFractionDigits: 0 }).format(value);
    return nf('en', { notation: 'compact', maximumFractionDigits: digits }).format(value);
  }
  if (Math.abs(value) < 1e6) return nf(locale, { maximumFractionDigits: 0 }).format(value);
  return nf(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: digits }).format(
    value,
  );
}

export type Currency = 'USD' | 'PKR' | 'CNY';

/**
 * Money in its own unit, never converted here: US$ in every language (a bare $ or ¥ is ambiguous in a
 * room with three currencies); rupees and yuan as each language's press writes them.
 */
const MONEY: Record<'en' | 'zh-Hans' | 'ur', Record<Currency, { before?: string; after?: string }>> = {
  en: { USD: { before: 'US$' }, PKR: { before: 'Rs' }, CNY: { before: 'CN¥' } },
  'zh-Hans': { USD: { before: 'US$' }, PKR: { after: '卢比' }, CNY: { after: '元' } },
  ur: { USD: { before: 'US$\u00a0' }, PKR: { after: '\u00a0روپے' }, CNY: { after: '\u00a0یوآن' } },
};

/** What goes before and after an amount in that currency, in that language ("US$", "卢比"). */
export const moneyAffixes = (currency: Currency, lang: Language) =>
  MONEY[lang === 'en-XA' ? 'en' : lang][currency];

export function formatMoney(value: number, currency: Currency, lang: Language, options: CompactOptions = {}) {
  const unit = moneyAffixes(currency, lang);
  const amount = formatCompact(Math.abs(value), lang, options);
  const sign = value < 0 ? '−' : '';
  return `${sign}${unit.before ?? ''}${amount}${unit.after ?? ''}`;
}

/** Money written out in full for tables ("US$131,000,000", "131,000,000卢比"), in its own unit as above. */
export function formatMoneyFull(value: number, currency: Currency, lang: Language): string {
  const unit = moneyAffixes(currency, lang);
  const amount = nf(intlLocale(lang), { maximumFractionDigits: 0 }).format(Math.abs(value));
  return `${value < 0 ? '−' : ''}${unit.before ?? ''}${amount}${unit.after ?? ''}`;
}

/** A percentage given in percent units (12.3 → "12.3%"), with the language's digits and sign placement. */
export function formatPercent(percent: number, lang: Language, maximumFractionDigits = 1): string {
  return nf(intlLocale(lang), { style: 'percent', maximumFractionDigits }).format(percent / 100);
}
