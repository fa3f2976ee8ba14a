import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import { obs } from '@test/builders';
import { toCensusComparison } from './to-census-comparison';

const census = [obs('population', '2017', 207.68e6), obs('population', '2023', 241.49e6)];
const wb = [
  obs('wb:SP.POP.TOTL', '2017', 223_273_967),
  obs('wb:SP.POP.TOTL', '2023', 247_504_495),
  obs('wb:SP.POP.TOTL', '2023', 1, { geo: 'CHN' }),
];

describe('toCensusComparison', () => {
  it('sets each census beside the World Bank estimate of the same year, with the gap', () => {
    const data = toCensusComparison(census, wb, englishLocale)?.model.data;
    expect(data?.map((d) => [d.x, d.values.census, d.values.wb, d.caption])).toEqual([
      ['2017', 207.68e6, 223_273_967, 'gap 15.59m'],
      ['2023', 241.49e6, 247_504_495, 'gap 6.01m'],
    ]);
  });

  it('summarises how far the two disagree', () => {
    expect(toCensusComparison(census, wb, englishLocale)?.summary).toBe(
      "The 2023 census counted 241.49 million people, 6.01 million (2.4%) fewer than the World Bank's estimate for that year; in 2017 the gap was 15.59 million.",
    );
  });

  it('still shows the census when the World Bank has no figure', () => {
    const shaped = toCensusComparison(census, [], englishLocale);
    expect(shaped?.model.data).toHaveLength(2);
    expect(shaped?.summary).toMatch(/the World Bank gives no estimate/);
  });
});
