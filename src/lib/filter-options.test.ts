import { describe, expect, it } from 'vitest';
import type { Sector } from '@/domain/sector';
import type { Zone } from '@/domain/zone';
import { emptyFilters } from '@/lib/view-filters';
import { removeChip, toFilterChips, toFilterSummary, toSectorGroups, toZoneGroups } from './filter-options';

const zone = (id: string, shortName: string, status: Zone['status'], country: Zone['country'] = 'PK') =>
  ({ id, shortName, status, country }) as Zone;
const zones = [
  zone('stz-quetta', 'Quetta (planned)', 'planned'),
  zone('stz-nust', 'NUST Islamabad', 'notified'),
  zone('cn-seda', 'SEDA Shenyang', 'counterpart', 'CN'),
  zone('stz-mindbridge', 'Mindbridge Lahore', 'notified'),
];
const sectors = [
  { id: 'it-software', name: 'IT & software', group: 'technology', description: '' },
  { id: 'power', name: 'Power', group: 'economy', description: '' },
] satisfies Sector[];

describe('zone and sector options', () => {
  it('groups zones by country and status, notified first, names sorted', () => {
    expect(toZoneGroups(zones).map((g) => [g.label, g.items.map((z) => z.id)])).toEqual([
      ['Pakistan · notified', ['stz-mindbridge', 'stz-nust']],
      ['Pakistan · planned', ['stz-quetta']],
      ['China · counterparts', ['cn-seda']],
    ]);
  });

  it('keeps technology sectors apart from SBP investment categories', () => {
    expect(toSectorGroups(sectors).map((g) => g.label)).toEqual([
      'Technology sectors',
      'SBP investment categories',
    ]);
  });
});

describe('chips and summary', () => {
  const filters = { zones: ['stz-nust', 'stz-mindbridge'], sectors: ['it-software'], from: 2021, to: 2025 };

  it('says in words what every panel shows', () => {
    expect(toFilterSummary(filters, zones, sectors)).toBe(
      'Showing: NUST Islamabad, Mindbridge Lahore · IT & software · 2021–2025 (FY2021–FY2025)',
    );
    expect(toFilterSummary(emptyFilters, zones, sectors)).toBe(
      'Showing: All zones · all sectors · all years',
    );
    expect(toFilterSummary({ ...emptyFilters, to: 2023 })).toBe(
      'Showing: All zones · all sectors · up to 2023 (FY2023)',
    );
  });

  it('makes one removable chip per value and removes exactly that value', () => {
    const chips = toFilterChips(filters, zones, sectors);
    expect(chips.map((c) => c.label)).toEqual([
      'NUST Islamabad',
      'Mindbridge Lahore',
      'IT & software',
      '2021–2025 (FY2021–FY2025)',
    ]);
    expect(removeChip(filters, 'zone:stz-nust')).toEqual({ zones: ['stz-mindbridge'] });
    expect(removeChip(filters, 'sector:it-software')).toEqual({ sectors: [] });
    expect(removeChip(filters, 'years')).toEqual({ from: null, to: null });
  });

  it('falls back to ids when names are not loaded yet', () => {
    expect(toFilterChips({ ...emptyFilters, zones: ['stz-nust'] }).map((c) => c.label)).toEqual(['stz-nust']);
  });
});
