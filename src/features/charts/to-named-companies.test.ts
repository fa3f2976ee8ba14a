import { englishLocale } from '@/lib/locale';
import { describe, expect, it } from 'vitest';
import type { Company } from '@/domain/company';
import type { Names } from './to-breakdown';
import { toNamedCompanies } from './to-named-companies';

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
