import { describe, expect, it } from 'vitest';
import { obs } from '@test/builders';
import { englishLocale } from '@/lib/locale';
import { toYearSectorBreakdown, toZoneSectorBreakdown, type Names } from './to-breakdown';

const header = { id: 'test.companies', defaultMessage: 'Companies' };
/** Companies by zone or by year, counted as the companies page counts them. */
const companiesBy = (shape: typeof toZoneSectorBreakdown) =>
  shape(data, 'zone-companies', 'count', names, header, 'companies', englishLocale);
const names: Names = {
  zones: new Map([
    ['stz-nust', 'NUST Islamabad'],
    ['stz-tech7', 'Tech7 Islamabad'],
  ]),
  sectors: new Map([
    ['it-software', 'IT & software'],
    ['ites', 'IT-enabled services'],
  ]),
};
const cell = (zone: string, sector: string, period: string, value: number) =>
  obs('zone-companies', period, value, { geoType: 'zone', geo: zone, sectorId: sector }, 'illustrative');
const data = [
  cell('stz-nust', 'it-software', '2025', 3),
  cell('stz-nust', 'ites', '2025', 1),
  cell('stz-tech7', 'it-software', '2025', 4),
  cell('stz-tech7', 'ites', '2025', 3),
  cell('stz-tech7', 'it-software', '2024', 2),
];

describe('toZoneSectorBreakdown', () => {
  it('stacks the latest year by sector per zone, largest zone first, each filterable', () => {
    const shaped = toZoneSectorBreakdown(
      data,
      'zone-companies',
      'count',
      names,
      header,
      'none',
      englishLocale,
    );
    expect(shaped?.model.data.map((d) => [d.x, d.values, d.caption, d.filter])).toEqual([
      ['Tech7 Islamabad', { 'it-software': 4, ites: 3 }, 'total 7', { kind: 'zone', id: 'stz-tech7' }],
      ['NUST Islamabad', { 'it-software': 3, ites: 1 }, 'total 4', { kind: 'zone', id: 'stz-nust' }],
    ]);
    expect(shaped?.model.series.map((s) => [s.key, s.filter?.kind, s.pattern])).toEqual([
      ['it-software', 'sector', 'solid'],
      ['ites', 'sector', 'diagonal'],
    ]);
  });

  it('keeps every figure illustrative, with zone and sector names in the table', () => {
    const shaped = companiesBy(toZoneSectorBreakdown);
    expect(shaped?.provenances.every((p) => p.kind === 'illustrative')).toBe(true);
    expect(shaped?.table.rows[0]?.values).toEqual({
      zone: 'NUST Islamabad',
      sector: 'IT & software',
      period: '2025',
      value: 3,
    });
    expect(shaped?.summary).toBe(
      'Illustrative split for 2025: Tech7 Islamabad has the largest share, 7 of 11 companies across 2 zones; IT & software is the largest sector at 7.',
    );
  });
});

describe('toYearSectorBreakdown', () => {
  it('adds up every zone for each sector and year', () => {
    const shaped = companiesBy(toYearSectorBreakdown);
    expect(shaped?.model.data.map((d) => [d.x, d.values])).toEqual([
      ['2024', { 'it-software': 2 }],
      ['2025', { 'it-software': 7, ites: 4 }],
    ]);
    expect(shaped?.summary).toBe(
      'Illustrative: 11 companies in 2025, up from 2 in 2024; IT & software is the largest sector.',
    );
  });
});
