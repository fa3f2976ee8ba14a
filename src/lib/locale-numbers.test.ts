import { describe, expect, it } from 'vitest';
import { formatCompact, formatMoney, formatPercent } from './locale-numbers';
import { defaultNumberStyle } from './number-styles';

const figures = [1234, 123_456, 1_200_000, 120_000_000, 1.2e9, 30e9];
const row = (lang: 'en' | 'zh-Hans' | 'ur', style: 'international' | 'south-asian' | 'chinese') =>
  figures.map((v) => formatCompact(v, lang, { style }));

describe('formatCompact: three styles in each language', () => {
  it('international: million and billion', () => {
    expect(row('en', 'international')).toEqual([
      '1,234',
      '123,456',
      '1.2 million',
      '120 million',
      '1.2 billion',
      '30 billion',
    ]);
    expect(row('ur', 'international')).toEqual([
      '1,234',
      '123,456',
      '1.2\u00a0ملین',
      '120\u00a0ملین',
      '1.2\u00a0بلین',
      '30\u00a0بلین',
    ]);
    expect(row('zh-Hans', 'international')).toEqual(['1,234', '123,456', '1.2M', '120M', '1.2B', '30B']);
  });

  it('South Asian: lakh and crore (Rs30bn = Rs3,000 crore), Urdu up to ارب', () => {
    expect(row('en', 'south-asian')).toEqual([
      '1,234',
      '1.2\u00a0lakh',
      '12\u00a0lakh',
      '12\u00a0crore',
      '120\u00a0crore',
      '3,000\u00a0crore',
    ]);
    expect(row('ur', 'south-asian')).toEqual([
      '1,234',
      '1.2\u00a0لاکھ',
      '12\u00a0لاکھ',
      '12\u00a0کروڑ',
      '1.2\u00a0ارب',
      '30\u00a0ارب',
    ]);
    expect(row('zh-Hans', 'south-asian')).toEqual(row('en', 'south-asian'));
  });

  it('Chinese: 万 and 亿, with as many digits as asked (2.4149亿)', () => {
    expect(row('zh-Hans', 'chinese')).toEqual(['1234', '12.3万', '120万', '1.2亿', '12亿', '300亿']);
    expect(row('en', 'chinese')).toEqual(row('zh-Hans', 'chinese'));
    expect(row('ur', 'chinese')).toEqual(row('zh-Hans', 'chinese'));
    expect(formatCompact(241_490_000, 'zh-Hans', { maximumFractionDigits: 4 })).toBe('2.4149亿');
  });

  it('defaults by language: English millions, Chinese 万/亿, Urdu lakh/crore', () => {
    expect(defaultNumberStyle('en')).toBe('international');
    expect(defaultNumberStyle('en-XA')).toBe('international');
    expect(defaultNumberStyle('zh-Hans')).toBe('chinese');
    expect(defaultNumberStyle('ur')).toBe('south-asian');
    expect(formatCompact(30e9, 'ur')).toBe('30\u00a0ارب');
    expect(formatCompact(30e9, 'zh-Hans')).toBe('300亿');
  });
});

describe('formatMoney and formatPercent', () => {
  it('writes US$ in every language and rupees and yuan as each press does', () => {
    expect(formatMoney(1.2e9, 'USD', 'en')).toBe('US$1.2 billion');
    expect(formatMoney(1.2e9, 'USD', 'zh-Hans')).toBe('US$12亿');
    expect(formatMoney(1.2e9, 'USD', 'ur')).toBe('US$\u00a01.2\u00a0ارب');
    expect(formatMoney(30e9, 'PKR', 'en')).toBe('Rs30 billion');
    expect(formatMoney(30e9, 'PKR', 'en', { style: 'south-asian' })).toBe('Rs3,000\u00a0crore');
    expect(formatMoney(30e9, 'PKR', 'zh-Hans')).toBe('300亿卢比');
    expect(formatMoney(30e9, 'PKR', 'ur')).toBe('30\u00a0ارب\u00a0روپے');
    expect(formatMoney(140e9, 'CNY', 'zh-Hans')).toBe('1400亿元');
    expect(formatMoney(-2.5e6, 'USD', 'en')).toBe('−US$2.5 million');
  });

  it('formats percentages with the language’s conventions', () => {
    expect(formatPercent(12.34, 'en')).toBe('12.3%');
    expect(formatPercent(12.34, 'zh-Hans')).toBe('12.3%');
    expect(formatPercent(12.34, 'ur')).toBe('12.3%');
    expect(formatPercent(-3, 'ur')).toBe('\u200e-3%');
  });
});
