import { describe, expect, it } from 'vitest';
import {
  describePeriod,
  formatDate,
  formatPercentChange,
  formatPeriod,
  formatSignedNumber,
  formatValue,
} from './format';

describe('formatValue', () => {
  it('writes populations in words and money as the business press does', () => {
    expect(formatValue(241_490_000, 'persons')).toBe('241.49 million');
    expect(formatValue(1_227_000_000, 'USD')).toBe('$1.23bn');
    expect(formatValue(643_000_000, 'USD')).toBe('$643m');
    expect(formatValue(30_000_000_000, 'PKR')).toBe('Rs30bn');
    expect(formatValue(140_250_000_000, 'CNY')).toBe('¥140bn');
  });

  it('gives exact figures when not compact, for tables', () => {
    expect(formatValue(241_490_000, 'persons', { compact: false })).toBe('241,490,000');
    expect(formatValue(1_227_000_000, 'USD', { compact: false })).toBe('US$1,227,000,000');
  });

  it('shows percentages, counts and qualifiers', () => {
    expect(formatValue(40.56, '%')).toBe('40.56%');
    expect(formatValue(2.55, '% per year')).toBe('2.55% a year');
    expect(formatValue(20, 'count', { qualifier: 'more-than' })).toBe('20+');
    expect(formatValue(84, 'count', { qualifier: 'about' })).toBe('about 84');
  });
});

describe('changes', () => {
  it('signs percent changes with words-safe minus and plus', () => {
    expect(formatPercentChange(0.9082)).toBe('+90.8%');
    expect(formatPercentChange(-0.125)).toBe('−12.5%');
    expect(formatPercentChange(0)).toBe('±0%');
  });

  it('gives percentage-point changes for shares', () => {
    expect(formatSignedNumber(0.25, '%')).toBe('+0.25 pts');
    expect(formatSignedNumber(7, 'count')).toBe('+7');
  });
});

describe('dates and periods', () => {
  it('reads partial dates', () => {
    expect(formatDate('2024-08-16')).toBe('16 Aug 2024');
    expect(formatDate('2024-08')).toBe('Aug 2024');
    expect(formatDate('2024')).toBe('2024');
  });

  it('spells out fiscal years and spans', () => {
    expect(describePeriod('FY2025')).toBe('FY2025 (Jul 2024–Jun 2025)');
    expect(formatPeriod('1993-2012')).toBe('1993–2012');
    expect(formatPeriod('2025-07')).toBe('Jul 2025');
  });
});
