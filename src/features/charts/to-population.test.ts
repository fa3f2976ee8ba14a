import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import type { Observation } from '@/domain/observation';
import { observation } from '@test/builders';
import { toPopulationChart } from './to-population';
import type { EventMarker } from './to-event-markers';

const obs = (indicatorId: string, geo: string, period: string, value: number): Observation =>
  observation({
    indicatorId,
    geo,
    period,
    value,
    provenance: {
      kind: 'sourced',
      source: indicatorId.startsWith('wb:') ? 'World Bank WDI' : 'PBS census',
      url: null,
      asOf: '2025-10-07',
    },
  });

const wb = [
  obs('wb:SP.POP.TOTL', 'PAK', '2010', 199_239_047),
  obs('wb:SP.POP.TOTL', 'PAK', '2023', 247_504_495),
  obs('wb:SP.POP.TOTL', 'PAK', '2024', 251_269_164),
  obs('wb:SP.POP.TOTL', 'CHN', '2010', 1_337_705_000),
  obs('wb:SP.POP.TOTL', 'CHN', '2021', 1_412_360_000),
  obs('wb:SP.POP.TOTL', 'CHN', '2024', 1_408_975_000),
];
const census = [obs('population', 'PAK', '2017', 207_680_000), obs('population', 'PAK', '2023', 241_490_000)];
const marker: EventMarker = {
  id: 'seda',
  mark: '3',
  position: 2022.58,
  date: '2022-08-01',
  title: 'STZA–SEDA Letter of Intent',
  provenance: census[0]!.provenance,
};

describe('toPopulationChart', () => {
  it("puts Pakistan's census counts beside the World Bank estimate on one axis", () => {
    const shaped = toPopulationChart(wb, census, 'PAK', [marker], englishLocale);
    const y2023 = shaped?.model.data.find((d) => d.key === '2023');
    expect(y2023?.values).toEqual({ wb: 247_504_495, census: 241_490_000 });
    expect(y2023?.display.census).toBe('241.49 million');
    expect(shaped?.model.series.map((s) => s.key)).toEqual(['wb', 'census']);
    expect(shaped?.model.markers.map((m) => m.mark)).toEqual(['3']);
  });

  it('lists every figure exactly in the table, with both sources', () => {
    const shaped = toPopulationChart(wb, census, 'PAK', [], englishLocale);
    expect(shaped?.table.rows.map((r) => [r.values.period, r.values.series, r.display.value])).toEqual([
      ['2010', 'World Bank estimate', '199,239,047'],
      ['2017', 'Census count (PBS)', '207,680,000'],
      ['2023', 'World Bank estimate', '247,504,495'],
      ['2023', 'Census count (PBS)', '241,490,000'],
      ['2024', 'World Bank estimate', '251,269,164'],
    ]);
    expect(new Set(shaped?.provenances.map((p) => p.source))).toEqual(
      new Set(['World Bank WDI', 'PBS census']),
    );
  });

  it('summarises the latest estimate, its change, and the census gap', () => {
    expect(toPopulationChart(wb, census, 'PAK', [], englishLocale)?.summary).toBe(
      "Pakistan's population was 251.27 million in 2024 by the World Bank's estimate, up 26.1% since 2010; the 2023 census counted 241.49 million, 6.01 million fewer than the World Bank's figure for that year.",
    );
  });

  it('says when a population is below its peak (China) and shows no census there', () => {
    const shaped = toPopulationChart(wb, census, 'CHN', [], englishLocale);
    expect(shaped?.summary).toBe(
      "China's population was 1.41 billion in 2024 by the World Bank's estimate, 3.39 million below its 2021 peak.",
    );
    expect(shaped?.model.series.map((s) => s.key)).toEqual(['wb']);
  });

  it('returns nothing without figures', () => {
    expect(toPopulationChart([], [], 'CHN', [], englishLocale)).toBeNull();
  });
});
