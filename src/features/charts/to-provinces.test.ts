import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import { obs } from '@test/builders';
import { latestCensusYear, toProvincePopulation, toUrbanShare } from './to-provinces';

const province = (indicator: string, geo: string, period: string, value: number) =>
  obs(indicator, period, value, { geoType: 'province', geo });

const census = [
  obs('population', '2023', 241.49e6),
  province('population', 'PK-SD', '2023', 55.69e6),
  province('population', 'PK-PB', '2023', 127.68e6),
  province('population', 'PK-PB', '2017', 109.99e6),
  province('urban-share', 'PK-KP', '2023', 15.01),
  province('urban-share', 'PK-SD', '2023', 53.7),
  obs('urban-share', '2023', 38.82),
];

describe('province charts', () => {
  it('shows the latest census by province, largest first, named', () => {
    const shaped = toProvincePopulation(census, englishLocale);
    expect(shaped?.model.data.map((d) => [d.x, d.values.value])).toEqual([
      ['Punjab', 127.68e6],
      ['Sindh', 55.69e6],
    ]);
    expect(shaped?.summary).toBe(
      'Punjab is by far the most populous province, with 127.68 million people in the 2023 census (about 52.9% of the national count).',
    );
  });

  it('draws the national urban share as a reference and lists it in the table', () => {
    const shaped = toUrbanShare(census, englishLocale);
    expect(shaped?.model.reference).toEqual({ value: 38.82, label: 'Pakistan 38.82%' });
    expect(shaped?.table.rows.at(-1)?.values.province).toBe('Pakistan (national)');
    expect(shaped?.summary).toBe(
      'Sindh is the most urban at 53.7% and Khyber Pakhtunkhwa the least at 15.01%, against 38.82% nationally (2023 census).',
    );
  });

  it('returns nothing without province figures', () => {
    expect(toUrbanShare([obs('urban-share', '2023', 38.82)], englishLocale)).toBeNull();
  });
});

describe('latestCensusYear', () => {
  it('names the latest census with provincial figures, not the national one', () => {
    expect(latestCensusYear(census)).toBe('2023');
    expect(latestCensusYear([obs('population', '2023', 241.49e6)])).toBe('');
  });
});
