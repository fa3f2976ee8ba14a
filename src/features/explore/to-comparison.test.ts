import { describe, expect, it } from 'vitest';
import type { Indicator } from '@/domain/indicator';
import type { Observation } from '@/domain/observation';
import { loadCatalogue } from '@/lib/catalogues';
import { englishLocale } from '@/lib/locale';
import { createLocale } from '@/lib/locale-world';
import { observation } from '@test/builders';
import { toComparison, toIndexedSeries } from './to-comparison';

const indicators: Indicator[] = [
  {
    id: 'zone-companies',
    name: 'Companies in zones (illustrative)',
    unit: 'count',
    frequency: 'annual',
    description: '',
  },
];
const obs = (geo: string, period: string, value: number, sectorId = 'it-software'): Observation =>
  observation({
    indicatorId: 'zone-companies',
    geoType: 'zone',
    geo,
    sectorId,
    period,
    value,
    provenance: { kind: 'illustrative', source: 'generator', url: null, asOf: '2026-11-27' },
  });
const data = [
  obs('a', '2024', 4),
  obs('a', '2024', 6, 'ites'),
  obs('a', '2025', 15),
  obs('b', '2025', 3),
  obs('c', '2024', 9),
];

describe('toComparison', () => {
  it('puts zones side by side, summing sectors, leaving gaps empty', () => {
    const rows = toComparison(data, ['a', 'b'], indicators, englishLocale);
    expect(rows.map((r) => [r.period, r.cells.a?.display ?? null, r.cells.b?.display ?? null])).toEqual([
      ['2024', '10', null],
      ['2025', '15', '3'],
    ]);
    expect(rows[0]?.cells.a?.kinds).toEqual(['illustrative']);
  });
});

describe('toIndexedSeries', () => {
  it('gives raw values without a base year', () => {
    expect(toIndexedSeries(data, 'zone-companies', ['a', 'c'], null).points).toEqual([
      { period: '2024', a: 10, c: 9 },
      { period: '2025', a: 15, c: null },
    ]);
  });

  it('indexes each zone to 100 in the base year, so different sizes share one axis', () => {
    const series = toIndexedSeries(data, 'zone-companies', ['a', 'b'], 2024);
    expect(series.points).toEqual([
      { period: '2024', a: 100, b: null },
      { period: '2025', a: 150, b: null },
    ]);
    expect(series.notIndexable).toEqual(['b']);
  });
});

describe('toComparison in other languages', () => {
  it('writes compact figures in 万/亿 for Chinese and lakh/crore for Urdu', async () => {
    const money: Indicator[] = [
      { ...indicators[0]!, id: 'zone-investment', name: 'Investment', unit: 'USD' },
    ];
    const big = [
      observation({
        indicatorId: 'zone-investment',
        geoType: 'zone',
        geo: 'a',
        sectorId: null,
        period: 'FY2024',
        value: 125_000_000,
        provenance: { kind: 'illustrative', source: 'generator', url: null, asOf: null },
      }),
    ];
    const zh = createLocale('zh-Hans', await loadCatalogue('zh-Hans'));
    const [row] = toComparison(big, ['a'], money, zh);
    expect(row?.cells.a?.display).toBe('US$1.3亿');
    expect(row?.period).toMatch(/^2024财年/);
    const ur = createLocale('ur', await loadCatalogue('ur'));
    const [urRow] = toComparison(big, ['a'], money, ur);
    expect(urRow?.cells.a?.display).toMatch(/کروڑ/);
    expect(urRow?.period).toMatch(/^مالی سال 2024/);
  });
});
