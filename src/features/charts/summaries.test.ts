import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import { belowPeak, changeSince, periodRange } from './summaries';

describe('summary phrases', () => {
  it('gives change in per cent for amounts and in points for shares', () => {
    expect(
      changeSince({ period: '2010', value: 200 }, { period: '2024', value: 250 }, 'persons', englishLocale),
    ).toBe('up 25% since 2010');
    expect(
      changeSince({ period: '2010', value: 39.34 }, { period: '2024', value: 36.68 }, '%', englishLocale),
    ).toBe('down 2.66 pts since 2010');
    expect(
      changeSince(
        { period: 'FY2022', value: 532e6 },
        { period: 'FY2023', value: 432.2e6 },
        'USD',
        englishLocale,
      ),
    ).toBe('down 18.8% since FY2022');
  });

  it('measures the fall from a peak only when the series has come down from it', () => {
    const points = [
      { period: '2020', value: 1_411_100_000 },
      { period: '2021', value: 1_412_360_000 },
      { period: '2024', value: 1_408_975_000 },
    ];
    expect(belowPeak(points, 'persons', englishLocale)).toBe('3.39 million below its 2021 peak');
    expect(belowPeak(points.slice(0, 2), 'persons', englishLocale)).toBe('');
  });

  it('writes a period range the way people say it', () => {
    expect(periodRange(['FY2013', 'FY2025'], englishLocale)).toBe('FY2013–FY2025');
    expect(periodRange(['Aug 2024'], englishLocale)).toBe('Aug 2024');
    expect(periodRange([], englishLocale)).toBe('');
  });
});
