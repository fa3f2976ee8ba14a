import { describe, expect, it } from 'vitest';
import { obs } from '@test/builders';
import { toFdiChart } from './to-fdi';

const fdi = [
  obs('fdi-net-total', 'FY2023', 1627e6),
  obs('fdi-net-china', 'FY2023', 432.2e6),
  obs('fdi-net-total', 'FY2024', 1901e6, { vintage: 'first-reported' }),
  obs('fdi-net-total', 'FY2024', 2347e6, { vintage: 'revised' }),
  obs('fdi-net-china', 'FY2024', 568e6, { vintage: 'first-reported' }),
  obs('fdi-net-china', 'FY2024', 643e6, { vintage: 'revised' }),
  obs('fdi-net-total', 'FY2025', 2457e6),
  obs('fdi-net-china', 'FY2025', 1227e6),
];

describe('toFdiChart', () => {
  it('draws revised figures as bars and keeps the first-reported ones as ticks', () => {
    const fy2024 = toFdiChart(fdi, [])?.model.data.find((d) => d.key === 'FY2024');
    expect(fy2024?.values).toEqual({ total: 2347e6, china: 643e6 });
    expect(fy2024?.firstReported).toEqual({
      total: { value: 1901e6, display: '$1.9bn' },
      china: { value: 568e6, display: '$568m' },
    });
  });

  it("labels China's bar with its share of the total, derived as an estimate", () => {
    const shaped = toFdiChart(fdi, []);
    expect(shaped?.model.data.find((d) => d.key === 'FY2025')?.labels).toEqual({ china: '50%' });
    const share = shaped?.table.rows.find((r) => r.id === 'share-FY2025');
    expect(share?.display.value).toBe('49.94%');
    expect(share?.provenance.kind).toBe('estimate');
  });

  it('lists both vintages in the table, period by period', () => {
    const rows = toFdiChart(fdi, [])?.table.rows.filter((r) => r.values.period === 'FY2024');
    expect(rows?.map((r) => [r.values.series, r.values.vintage, r.values.value])).toEqual([
      ['All countries', 'revised', 2347e6],
      ['All countries', 'first reported', 1901e6],
      ['China', 'revised', 643e6],
      ['China', 'first reported', 568e6],
      ['China’s share (derived)', '', 27.4],
    ]);
  });

  it("summarises the latest year, China's share and its change against the revised prior year", () => {
    expect(toFdiChart(fdi, [])?.summary).toBe(
      "Net FDI into Pakistan was $2.46bn in FY2025; China's part was $1.23bn (50% of the total), up 90.8% on FY2024's revised $643m.",
    );
  });

  it('puts fiscal-year bars in the middle of their July–June year', () => {
    expect(toFdiChart(fdi, [])?.model.data.map((d) => d.x)).toEqual([2023, 2024, 2025]);
  });

  it('returns nothing without FDI figures', () => {
    expect(toFdiChart([], [])).toBeNull();
  });
});
