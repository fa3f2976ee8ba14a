import { describe, expect, it } from 'vitest';
import { englishLocale as en } from '@/lib/locale';
import { obs, sedaFortuneFigures } from '@test/builders';
import { toFortune500Kpi, toZoneCountKpi, toZoneInvestmentKpi } from './to-zone-kpis';

describe('zone KPIs', () => {
  it('leads with the sourced count where sources disagree, names each list, and claims no trend', () => {
    const kpi = toFortune500Kpi(sedaFortuneFigures(), en);
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
  });
});
