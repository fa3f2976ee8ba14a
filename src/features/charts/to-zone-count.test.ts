import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import { obs } from '@test/builders';
import { toZoneCountChart } from './to-zone-count';

const counts = [
  obs('stz-count', '2022-06', 5),
  obs('stz-count', '2024-08', 16),
  obs('stz-count', '2025-07', 23, {}, 'estimate'),
];

describe('toZoneCountChart', () => {
  it('places counts at the month they were reported, the estimate marked', () => {
    const data = toZoneCountChart(counts, [], englishLocale)?.model.data;
    expect(data?.map((d) => [d.heading, d.values.zones, d.labels?.zones])).toEqual([
      ['Jun 2022', 5, '5'],
      ['Aug 2024', 16, '16'],
      ['Jul 2025', 23, '23 ≈'],
    ]);
  });

  it('starts the axis early enough to show the 2021 STZA Act', () => {
    expect(toZoneCountChart(counts, [], englishLocale)?.model.domain[0]).toBeLessThanOrEqual(2021.8);
  });

  it('summarises the latest count against the earlier ones', () => {
    expect(toZoneCountChart(counts, [], englishLocale)?.summary).toBe(
      '23 Special Technology Zones were reported in Jul 2025 (an estimate: the source’s wording is ambiguous), against 16 in Aug 2024 and 5 in Jun 2022.',
    );
  });
});
