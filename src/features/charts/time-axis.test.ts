import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import { datePosition, paddedDomain, periodMidpoint, periodTicks } from './time-axis';

describe('periodMidpoint', () => {
  it.each([
    ['2023', 2023.5],
    ['FY2025', 2025],
    ['1993-2012', 2003],
  ])('%s sits at %d', (period, position) => {
    expect(periodMidpoint(period)).toBeCloseTo(position);
  });

  it('puts a month in its middle', () => {
    expect(periodMidpoint('2024-08')).toBeCloseTo(2024 + 7 / 12 + 1 / 24);
  });
});

describe('datePosition', () => {
  it('places an event inside the fiscal year it happened in', () => {
    const seda = datePosition('2022-08-01');
    // FY2023 runs Jul 2022–Jun 2023: its bar spans 2022.5–2023.5.
    expect(seda).toBeGreaterThan(periodMidpoint('FY2023') - 0.5);
    expect(seda).toBeLessThan(periodMidpoint('FY2023'));
  });

  it('reads partial dates as the middle of what they name', () => {
    expect(datePosition('2022')).toBe(2022.5);
    expect(datePosition('2022-11')).toBeCloseTo(2022 + 10 / 12 + 1 / 24);
  });
});

describe('axis helpers', () => {
  it('pads the domain by half a period', () => {
    expect(paddedDomain([2020.5, 2024.5])).toEqual([2020, 2025]);
  });

  it('labels one tick per period, in time order', () => {
    expect(periodTicks(['FY2025', 'FY2024', 'FY2025'], englishLocale)).toEqual([
      { position: 2024, label: 'FY2024' },
      { position: 2025, label: 'FY2025' },
    ]);
  });
});
