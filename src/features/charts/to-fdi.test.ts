import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import { obs } from '@test/builders';
import type { Observation } from '@/domain/observation';
import { toFdiChart } from './to-fdi';

/** A reporting round: the figures one report gave, with its source and date. */
const round =
  (source: string, asOf: string | null) =>
  (indicatorId: string, period: string, value: number, vintage: Observation['vintage'] = null) => {
    const o = obs(indicatorId, period, value, { vintage }, 'sourced', source);
    return { ...o, provenance: { ...o.provenance, asOf } };
  };
const gwadar = round('Gwadar Today', null);
const br2024 = round('Business Recorder, 20 Jul 2024', '2024-07-20');
const br2025 = round('Business Recorder, 19 Jul 2025', '2025-07-19');

const fdi = [
  gwadar('fdi-net-china', 'FY2023', 432.2e6, 'first-reported'),
  gwadar('fdi-net-total', 'FY2023', 1437.7e6, 'first-reported'),
  br2024('fdi-net-total', 'FY2023', 1627e6, 'revised'),
  br2024('fdi-net-total', 'FY2024', 1901e6, 'first-reported'),
  br2025('fdi-net-total', 'FY2024', 2347e6, 'revised'),
  br2024('fdi-net-china', 'FY2024', 568e6, 'first-reported'),
  br2025('fdi-net-china', 'FY2024', 643e6, 'revised'),
  br2025('fdi-net-total', 'FY2025', 2457e6),
  br2025('fdi-net-china', 'FY2025', 1227e6),
];

describe('toFdiChart', () => {
  it('draws revised figures as bars and keeps the first-reported ones as ticks', () => {
    const fy2024 = toFdiChart(fdi, [], englishLocale)?.model.data.find((d) => d.key === 'FY2024');
    expect(fy2024?.values).toEqual({ total: 2347e6, china: 643e6 });
    expect(fy2024?.firstReported).toEqual({
      total: { value: 1901e6, display: '$1.9bn' },
      china: { value: 568e6, display: '$568m' },
    });
  });

  it("labels China's bar with its share of the total, derived as an estimate", () => {
    const shaped = toFdiChart(fdi, [], englishLocale);
    expect(shaped?.model.data.find((d) => d.key === 'FY2025')?.labels).toEqual({ china: '50%' });
    const share = shaped?.table.rows.find((r) => r.id === 'share-FY2025');
    expect(share?.display.value).toBe('49.94%');
    expect(share?.provenance.kind).toBe('estimate');
    expect(share?.provenance.method).toMatch(/Computed by the dashboard: .*\$1\.23bn ÷ .*\$2\.46bn/);
  });

  it('never divides a first-reported figure by a revised total: FY2023 comes from one report', () => {
    const shaped = toFdiChart(fdi, [], englishLocale);
    const share = shaped?.table.rows.find((r) => r.id === 'share-FY2023');
    // 432.2 ÷ 1,437.7 (both as first reported), not 432.2 ÷ 1,627 (26.6%, the revised total).
    expect(share?.values.value).toBe(30.06);
    expect(share?.values.vintage).toBe('first reported');
    const fy2023 = shaped?.model.data.find((d) => d.key === 'FY2023');
    expect(fy2023?.values.total).toBe(1627e6);
    expect(fy2023?.firstReported?.total?.value).toBe(1437.7e6);
  });

  it('lists both vintages in the table, period by period', () => {
    const rows = toFdiChart(fdi, [], englishLocale)?.table.rows.filter((r) => r.values.period === 'FY2024');
    expect(rows?.map((r) => [r.values.series, r.values.vintage, r.values.value])).toEqual([
      ['All countries', 'revised', 2347e6],
      ['All countries', 'first reported', 1901e6],
      ['China', 'revised', 643e6],
      ['China', 'first reported', 568e6],
      ['China’s share (derived)', 'revised', 27.4],
    ]);
  });

  it("summarises the latest year, China's share and its change against the revised prior year", () => {
    expect(toFdiChart(fdi, [], englishLocale)?.summary).toBe(
      "Net FDI into Pakistan was $2.46bn in FY2025; China's part was $1.23bn (50% of the total), up 90.8% on FY2024's revised $643m.",
    );
  });

  it('puts fiscal-year bars in the middle of their July–June year', () => {
    expect(toFdiChart(fdi, [], englishLocale)?.model.data.map((d) => d.x)).toEqual([2023, 2024, 2025]);
  });

  it('returns nothing without FDI figures', () => {
    expect(toFdiChart([], [], englishLocale)).toBeNull();
  });
});
