import { describe, expect, it } from 'vitest';
import { seriesOf } from '@/domain/observation-series';
import { obs } from '@test/builders';
import {
  toChinaFdiKpi,
  toFortune500Kpi,
  toPopulationKpi,
  toZoneCountKpi,
  toZoneInvestmentKpi,
} from './to-kpis';

describe('seriesOf', () => {
  it('keeps one figure per period, preferring the revised one, oldest first', () => {
    const series = seriesOf(
      [
        obs('fdi-net-china', 'FY2025', 1227e6),
        obs('fdi-net-china', 'FY2024', 643e6, { vintage: 'revised' }),
        obs('fdi-net-china', 'FY2024', 568e6, { vintage: 'first-reported' }),
        obs('fdi-net-total', 'FY2024', 1),
      ],
      'fdi-net-china',
    );
    expect(series.map((o) => [o.period, o.value])).toEqual([
      ['FY2024', 643e6],
      ['FY2025', 1227e6],
    ]);
  });
});

describe('KPI shaping', () => {
  it('compares the latest census with the previous one and puts the World Bank figure of the same year beside it', () => {
    const kpi = toPopulationKpi(
      [obs('population', '2017', 207.68e6), obs('population', '2023', 241.49e6)],
      [obs('wb:SP.POP.TOTL', '2022', 243e6), obs('wb:SP.POP.TOTL', '2023', 247.5e6)],
    );
    expect(kpi?.headline.display).toBe('241.49 million');
    expect(kpi?.delta).toEqual({ display: '+16.3%', direction: 'up', against: 'vs 2017 census' });
    expect(kpi?.beside.map((f) => [f.label, f.display])).toEqual([
      ['World Bank estimate, 2023', '247.5 million'],
    ]);
    expect(kpi?.trend?.points.map((p) => p.period)).toEqual(['2022', '2023']);
  });

  it('still shows the census when the World Bank series is missing', () => {
    const kpi = toPopulationKpi([obs('population', '2023', 241.49e6)], undefined);
    expect(kpi?.headline.display).toBe('241.49 million');
    expect(kpi?.delta).toBeNull();
    expect(kpi?.trend).toBeNull();
  });

  it('computes FDI change against the revised prior year and derives China’s share as an estimate', () => {
    const kpi = toChinaFdiKpi([
      obs('fdi-net-china', 'FY2024', 568e6, { vintage: 'first-reported' }),
      obs('fdi-net-china', 'FY2024', 643e6, { vintage: 'revised' }),
      obs('fdi-net-china', 'FY2025', 1227e6),
      obs('fdi-net-total', 'FY2025', 2457e6),
    ]);
    expect(kpi?.delta?.display).toBe('+90.8%');
    const share = kpi?.beside.find((f) => f.label.startsWith('of all net FDI'));
    expect(share?.display).toBe('49.94%');
    expect(share?.provenance.kind).toBe('estimate');
    expect(kpi?.beside.some((f) => f.display === '$568m' && f.label.includes('first reported'))).toBe(true);
  });

  it('shows a falling value as down', () => {
    const kpi = toChinaFdiKpi([
      obs('fdi-net-china', 'FY2022', 532e6),
      obs('fdi-net-china', 'FY2023', 432.2e6),
    ]);
    expect(kpi?.delta).toEqual({ display: '−18.8%', direction: 'down', against: 'vs FY2022' });
  });

  it('never turns two disagreeing Fortune 500 counts into a trend', () => {
    const kpi = toFortune500Kpi([
      obs('seda-fortune500', '2018', 32, { geoType: 'zone', geo: 'cn-seda' }),
      obs('seda-fortune500', '2022', 84, { geoType: 'zone', geo: 'cn-seda' }, 'announcement'),
    ]);
    expect(kpi?.headline.display).toBe('84');
    expect(kpi?.headline.provenance.kind).toBe('announcement');
    expect(kpi?.delta).toBeNull();
    expect(kpi?.beside.map((f) => f.display)).toEqual(['32']);
  });

  it('counts zone changes in zones, with irregular dates', () => {
    const kpi = toZoneCountKpi([
      obs('stz-count', '2022-06', 5),
      obs('stz-count', '2024-08', 16),
      obs('stz-count', '2025-07', 23),
    ]);
    expect(kpi?.delta).toEqual({ display: '+7', direction: 'up', against: 'vs Aug 2024' });
    expect(kpi?.trend?.points).toHaveLength(3);
  });

  it('shows the four-zone investment total with the one zone-level figure beside it, and no invented change', () => {
    const kpi = toZoneInvestmentKpi([
      obs('stz-developer-investment', '2024', 30e9),
      obs('stz-developer-investment', '2022', 1.3e9, { geoType: 'zone', geo: 'stz-pakistan-digital-city' }),
    ]);
    expect(kpi?.headline.display).toBe('Rs30bn');
    expect(kpi?.delta).toBeNull();
    expect(kpi?.beside.map((f) => f.display)).toEqual(['Rs1.3bn']);
  });

  it('returns nothing when the indicator has no figures', () => {
    expect(toZoneCountKpi([])).toBeNull();
    expect(toPopulationKpi([], [])).toBeNull();
  });
});
