import { describe, expect, it } from 'vitest';
import { englishLocale } from '@/lib/locale';
import { formatAxisValue } from './chart-model';

describe('formatAxisValue', () => {
  it.each([
    [2_800_000_000, 'USD', '$2.8bn'],
    [700_000_000, 'USD', '$700m'],
    [1_425_000_000, 'persons', '1.425bn'],
    [30_000_000_000, 'PKR', 'Rs30bn'],
    [-43_100_000, 'USD', '−$43.1m'],
    [12, 'count', '12'],
    [37.5, '%', '37.5%'],
  ] as const)('%d %s → %s', (value, unit, text) => {
    expect(formatAxisValue(value, unit, englishLocale)).toBe(text);
  });

  it('rounds bar labels to two decimals', () => {
    expect(formatAxisValue(15_593_967, 'persons', englishLocale, 2)).toBe('15.59m');
  });
});
