import { describe, expect, it } from 'vitest';
import { formatFiscalYear, formatPartialDate, formatPeriodIn } from './locale-dates';

describe('formatFiscalYear', () => {
  it('names the fiscal year in each language', () => {
    expect(formatFiscalYear(2025, 'en')).toBe('FY2025');
    expect(formatFiscalYear(2025, 'zh-Hans')).toBe('2025财年');
    expect(formatFiscalYear(2025, 'ur')).toBe('مالی سال 2025');
  });

  it('keeps July to June explicit in the long form', () => {
    expect(formatFiscalYear(2025, 'en', { long: true })).toBe('FY2025 (Jul 2024–Jun 2025)');
    expect(formatFiscalYear(2025, 'zh-Hans', { long: true })).toBe('2025财年 (2024年7月–2025年6月)');
    expect(formatFiscalYear(2025, 'ur', { long: true })).toBe('مالی سال 2025 (جولائی 2024 تا جون 2025)');
  });
});

describe('formatPartialDate and formatPeriodIn', () => {
  it('keeps a partial date partial', () => {
    expect(['2024-08-16', '2024-08', '2024'].map((d) => formatPartialDate(d, 'en'))).toEqual([
      '16 Aug 2024',
      'Aug 2024',
      '2024',
    ]);
    expect(['2024-08-16', '2024-08', '2024'].map((d) => formatPartialDate(d, 'zh-Hans'))).toEqual([
      '2024年8月16日',
      '2024年8月',
      '2024年',
    ]);
    expect(['2024-08-16', '2024-08', '2024'].map((d) => formatPartialDate(d, 'ur'))).toEqual([
      '16 اگست، 2024',
      'اگست 2024',
      '2024',
    ]);
  });

  it('reads the API’s periods in each language', () => {
    expect(formatPeriodIn('FY2025', 'zh-Hans')).toBe('2025财年');
    expect(formatPeriodIn('FY2025', 'ur', { long: true })).toBe('مالی سال 2025 (جولائی 2024 تا جون 2025)');
    expect(formatPeriodIn('1993-2012', 'en')).toBe('1993–2012');
    expect(formatPeriodIn('1993-2012', 'ur')).toBe('1993 تا 2012');
    expect(formatPeriodIn('2024-08', 'ur')).toBe('اگست 2024');
  });
});
