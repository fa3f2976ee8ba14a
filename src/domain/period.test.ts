import { describe, expect, it } from 'vitest';
import { periodEndYear, periodPosition } from './period';

describe('periodEndYear', () => {
  it.each([
    ['2023', 2023],
    ['FY2025', 2025],
    ['2024-08', 2024],
    ['1993-2012', 2012],
  ])('%s ends in %i', (period, year) => {
    expect(periodEndYear(period)).toBe(year);
  });

  it('rejects text that is not a period', () => {
    expect(() => periodEndYear('n/a')).toThrow(/Not a period/);
  });
});

describe('periodPosition', () => {
  it('puts a fiscal year half a year before its end and months within their year', () => {
    expect(periodPosition('FY2025')).toBe(2024.5);
    expect(periodPosition('2024-07')).toBeCloseTo(2024.5);
    expect(periodPosition('2024')).toBe(2024);
  });
});
