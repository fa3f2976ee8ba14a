import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import type { Company } from '@/domain/company';
import { obs } from '@test/builders';
import type { Names } from './to-breakdown';
import { toFortune500, toNamedCompanies } from './to-seda';

const announced = {
  kind: 'announcement' as const,
  source: 'LoI announcement: TDI, 2 Aug 2022',
  url: null,
  asOf: '2022-08-02',
};
const company = (id: string, name: string, sectorId: string): Company => ({
  id,
  name,
  zoneId: 'cn-seda',
  sectorId,
  notes: '',
  provenance: announced,
});
const names: Names = {
  zones: new Map([['cn-seda', 'SEDA Shenyang']]),
  sectors: new Map([
    ['it-software', 'IT & software'],
    ['automotive-equipment', 'Automotive & equipment'],
  ]),
};

describe('toNamedCompanies', () => {
  it('counts named companies by sector and labels each bar with the names', () => {
    const shaped = toNamedCompanies(
      [company('bmw', 'BMW Group', 'automotive-equipment'), company('neu', 'Neusoft', 'it-software')],
      names,
      englishLocale,
    );
    expect(shaped?.model.data.map((d) => [d.x, d.labels])).toEqual([
      ['IT & software', { 'it-software': 'Neusoft' }],
      ['Automotive & equipment', { 'automotive-equipment': 'BMW Group' }],
    ]);
    expect(shaped?.model.data[0]?.kinds['it-software']).toBe('announcement');
    expect(shaped?.summary).toBe(
      '2 companies are named at SEDA across 2 sectors: BMW Group and Neusoft, all by the 2022 announcement alone.',
    );
  });
});

describe('toFortune500', () => {
  const figures = [
    obs(
      'seda-fortune500',
      '2018',
      32,
      { geoType: 'zone', geo: 'cn-seda', definition: 'Fortune Global 500' },
      'sourced',
      "China Daily (investinchina), 21 Dec 2018 'SEDA'",
    ),
    obs(
      'seda-fortune500',
      '2022',
      84,
      { geoType: 'zone', geo: 'cn-seda', definition: 'Fortune 500' },
      'announcement',
      'LoI announcement: TDI, 2 Aug 2022',
    ),
  ];

  it('shows the report and the claim side by side, each with its own provenance', () => {
    const data = toFortune500(figures, englishLocale)?.model.data;
    expect(data?.map((d) => [d.x, d.values.count, d.kinds.count])).toEqual([
      ['2018 report', 32, 'sourced'],
      ['2022 announcement', 84, 'announcement'],
    ]);
  });

  it('says the sources disagree rather than claiming growth', () => {
    expect(toFortune500(figures, englishLocale)?.summary).toBe(
      'A 2018 report (China Daily) counted 32 Fortune Global 500 companies at SEDA; SEDA claimed 84 "Fortune 500" companies at the 2022 Letter of Intent. The sources disagree and name different lists, so the gap is not a trend.',
    );
  });
});
