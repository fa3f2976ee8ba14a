import { describe, expect, it } from 'vitest';
import { englishLocale } from './locale';
import { createLocale } from './locale-world';

describe('a locale: messages and figures in one language and number style', () => {
  it('keeps English in the business-press forms', () => {
    expect(englishLocale.value(1_234_000_000, 'USD')).toBe('$1.23bn');
    expect(englishLocale.value(241_490_000, 'persons')).toBe('241.49 million');
    expect(englishLocale.value(1.94, '% per year')).toBe('1.94% a year');
    expect(englishLocale.value(23, 'count', { qualifier: 'about' })).toBe('about 23');
    expect(englishLocale.value(20, 'count', { qualifier: 'more-than' })).toBe('20+');
    expect(englishLocale.percentChange(0.163)).toBe('+16.3%');
    expect(englishLocale.signed(2.1, '%')).toBe('+2.1 pts');
    expect(englishLocale.asOf('2024-08-16')).toBe('as of 16 Aug 2024');
    expect(englishLocale.asOf(null)).toBe('date not given by the source');
    expect(englishLocale.describePeriod('FY2025')).toBe('FY2025 (Jul 2024–Jun 2025)');
  });

  it('writes English in lakh and crore when that style is chosen', () => {
    const southAsian = createLocale('en', {}, 'south-asian');
    expect(southAsian.value(30_000_000_000, 'PKR')).toBe('Rs3,000\u00a0crore');
    expect(southAsian.value(1_200_000, 'persons')).toBe('12\u00a0lakh');
  });

  it('writes Chinese with 万 and 亿 and its own fiscal years', () => {
    const zh = createLocale('zh-Hans');
    expect(zh.value(241_490_000, 'persons')).toBe('2.41亿');
    expect(zh.value(30_000_000_000, 'PKR')).toBe('300亿卢比');
    expect(zh.period('FY2025')).toBe('2025财年');
    expect(zh.dir).toBe('ltr');
  });

  it('writes Urdu right to left in lakh, crore and arab by default', () => {
    const ur = createLocale('ur');
    expect(ur.dir).toBe('rtl');
    expect(ur.numberStyle).toBe('south-asian');
    expect(ur.value(30_000_000_000, 'PKR')).toContain('ارب');
    expect(ur.period('FY2025')).toBe('مالی سال 2025');
    expect(ur.value(131_000_000, 'USD', { compact: false })).toBe('US$\u00a0131,000,000');
  });
});
