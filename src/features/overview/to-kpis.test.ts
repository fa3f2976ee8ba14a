import { describe, expect, it } from 'vitest';
import { seriesOf } from '@/domain/observation-series';
import type { Observation } from '@/domain/observation';
import { englishLocale as en } from '@/lib/locale';
import { obs } from '@test/builders';
import {
  toChinaFdiKpi,
  toFortune500Kpi,
  toIctExportsKpi,
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

  const inRound = (o: Observation, source: string, asOf: string | null): Observation => ({
    ...o,
    provenance: { ...o.provenance, source, asOf },
  });
  const br2024 = (o: Observation) => inRound(o, 'Business Recorder, 20 Jul 2024', '2024-07-20');
  const br2025 = (o: Observation) => inRound(o, 'Business Recorder, 19 Jul 2025', '2025-07-19');

  it('computes FDI change against the prior year of the same report and derives China’s share as an estimate', () => {
    const kpi = toChinaFdiKpi(
      [
        br2024(obs('fdi-net-china', 'FY2024', 568e6, { vintage: 'first-reported' })),
        br2025(obs('fdi-net-china', 'FY2024', 643e6, { vintage: 'revised' })),
        br2025(obs('fdi-net-china', 'FY2025', 1227e6)),
        br2025(obs('fdi-net-total', 'FY2025', 2457e6)),
      ],
      en,
    );
    expect(kpi?.delta?.display).toBe('+90.8%');
    expect(kpi?.delta?.against).toBe('vs FY2024 (revised)');
    expect(kpi?.delta?.provenance).toMatchObject({ kind: 'estimate', asOf: '2025-07-19' });
    const share = kpi?.beside.find((f) => f.label.startsWith('of all net FDI'));
    expect(share?.display).toBe('49.94%');
    expect(share?.provenance.kind).toBe('estimate');
    expect(kpi?.beside.some((f) => f.display === '$568m' && f.label.includes('first reported'))).toBe(true);
  });

  it('takes China’s share from one report when the total was revised and China’s figure was not', () => {
    const gwadar = (o: Observation) => inRound(o, 'Gwadar Today', null);
    const kpi = toChinaFdiKpi(
      [
        gwadar(obs('fdi-net-china', 'FY2023', 432.2e6, { vintage: 'first-reported' })),
        gwadar(obs('fdi-net-total', 'FY2023', 1437.7e6, { vintage: 'first-reported' })),
        br2024(obs('fdi-net-total', 'FY2023', 1627e6, { vintage: 'revised' })),
      ],
      en,
    );
    const share = kpi?.beside.find((f) => f.label.startsWith('of all net FDI'));
    expect(share?.display).toBe('30.06%');
    expect(share?.provenance.asOf).toBeNull();
  });

  it('marks a change computed from a rounded estimate as an estimate, and says so', () => {
    const kpi = toIctExportsKpi(
      [obs('ict-exports', 'FY2024', 3223e6), obs('ict-exports', 'FY2025', 3800e6, {}, 'estimate')],
      en,
    );
    expect(kpi?.delta?.display).toBe('+17.9%');
    expect(kpi?.delta?.provenance.kind).toBe('estimate');
    expect(kpi?.delta?.provenance.method).toContain('$3.8bn (FY2025, estimate)');
  });

  it('shows a falling value as down', () => {
    const kpi = toChinaFdiKpi(
      [obs('fdi-net-china', 'FY2022', 532e6), obs('fdi-net-china', 'FY2023', 432.2e6)],
      en,
    );
    expect(kpi?.delta).toMatchObject({ display: '−18.8%', direction: 'down', against: 'vs FY2022' });
  });

  it('leads with the sourced count where sources disagree, names each list, and claims no trend', () => {
    const kpi = toFortune500Kpi(
      [
        obs('seda-fortune500', '2018', 32, {
          geoType: 'zone',
          geo: 'cn-seda',
          definition: 'Fortune Global 500',
        }),
        obs(
          'seda-fortune500',
          '2022',
          84,
          { geoType: 'zone', geo: 'cn-seda', definition: 'Fortune 500' },
          'announcement',
        ),
      ],
      en,
    );
    expect(kpi?.headline.display).toBe('32');
    expect(kpi?.headline.label).toBe('Fortune Global 500 companies, reported in 2018');
    expect(kpi?.delta).toBeNull();
    expect(kpi?.beside.map((f) => [f.display, f.label])).toEqual([
      ['84', '“Fortune 500” companies, as claimed in 2022'],
    ]);
  });

  it('counts zone changes only between counts of one definition', () => {
    const kpi = toZoneCountKpi(
      [
        obs('stz-count', '2022-06', 5, { definition: 'notified' }),
        obs('stz-count', '2024-08', 16, { definition: 'notified' }),
      ],
      en,
    );
    expect(kpi?.delta).toMatchObject({ display: '+11', direction: 'up', against: 'vs Jun 2022' });
    expect(kpi?.trend?.points).toHaveLength(2);
  });

  it('shows no change between counts of different definitions, says why, and leads with the sourced one', () => {
    const kpi = toZoneCountKpi(
      [
        obs('stz-count', '2024-08', 16, { definition: 'existing plus newly notified zones' }),
        obs('stz-count', '2025-07', 23, { definition: 'zones cited (counting unclear)' }, 'estimate'),
      ],
      en,
    );
    expect(kpi?.headline.display).toBe('16');
    expect(kpi?.delta).toBeNull();
    expect(kpi?.trend).toBeNull();
    expect(kpi?.deltaNote).toBe('No change shown: the sources count differently.');
    expect(kpi?.beside.map((f) => [f.display, f.provenance.kind])).toEqual([['23', 'estimate']]);
  });

  it('shows the four-zone investment total with the one zone-level figure beside it, and no invented change', () => {
    const zone = (id: string, name: string, notified?: string) => ({
      id,
      name,
      shortName: name,
      dates: notified ? [{ kind: 'notified', date: notified }] : [],
    });
    const kpi = toZoneInvestmentKpi(
      [
        obs('stz-developer-investment', '2024', 30e9),
        obs('stz-developer-investment', '2022', 1.3e9, { geoType: 'zone', geo: 'z-haripur' }),
      ],
      {
        zones: [
          zone('z-haripur', 'Digital City, Haripur'),
          zone('z-a', 'A', '2024-08'),
          zone('z-b', 'B', '2024-08'),
          zone('z-c', 'C', '2021-01'),
        ],
      },
      en,
    );
    expect(kpi?.headline.display).toBe('Rs30bn');
    expect(kpi?.headline.label).toBe('invested by the developers of the 2 zones notified in Aug 2024');
    expect(kpi?.delta).toBeNull();
    expect(kpi?.beside.map((f) => [f.display, f.label])).toEqual([
      ['Rs1.3bn', 'project cost, Digital City, Haripur, 2022'],
    ]);
  });

  it('returns nothing when the indicator has no figures', () => {
    expect(toZoneCountKpi([], en)).toBeNull();
    expect(toPopulationKpi([], [], en)).toBeNull();
  });
});
