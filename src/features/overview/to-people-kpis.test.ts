import { describe, expect, it } from 'vitest';
import { englishLocale as en } from '@/lib/locale';
import { obs } from '@test/builders';
import { toPopulationKpi } from './to-people-kpis';

describe('people KPIs', () => {
  it('compares the latest census with the previous one and puts the World Bank figure of the same year beside it', () => {
    const kpi = toPopulationKpi(
      [obs('population', '2017', 207.68e6), obs('population', '2023', 241.49e6)],
      [obs('wb:SP.POP.TOTL', '2022', 243e6), obs('wb:SP.POP.TOTL', '2023', 247.5e6)],
      en,
    );
    expect(kpi?.headline.display).toBe('241.49 million');
    expect(kpi?.delta).toMatchObject({ display: '+16.3%', direction: 'up', against: 'vs 2017 census' });
    // A change is derived: an estimate, saying how it was computed.
    expect(kpi?.delta?.provenance.kind).toBe('estimate');
    expect(kpi?.delta?.provenance.method).toBe(
      'Computed by the dashboard: 241.49 million (2023) ÷ 207.68 million (2017) − 1.',
    );
    expect(kpi?.trend?.provenance.method).toMatch(/^Drawn by the dashboard from 2 figures \(2022–2023\)/);
    expect(kpi?.beside.map((f) => [f.label, f.display])).toEqual([
      ['World Bank estimate, 2023', '247.5 million'],
    ]);
    expect(kpi?.trend?.points.map((p) => p.period)).toEqual(['2022', '2023']);
  });

  it('still shows the census when the World Bank series is missing', () => {
    const kpi = toPopulationKpi([obs('population', '2023', 241.49e6)], undefined, en);
    expect(kpi?.headline.display).toBe('241.49 million');
    expect(kpi?.delta).toBeNull();
    expect(kpi?.trend).toBeNull();
  });

  it('returns nothing when the census has no figures', () => {
    expect(toPopulationKpi([], [], en)).toBeNull();
  });
});
