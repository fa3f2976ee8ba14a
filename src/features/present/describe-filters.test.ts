import { describe, expect, it } from 'vitest';
import { englishLocale } from '@/lib/locale';
import { createLocale } from '@/lib/locale-world';
import { emptyFilters } from '@/lib/view-filters';
import zh from '@/locales/compiled/zh-Hans.json';
import ur from '@/locales/compiled/ur.json';
import { describeFilters } from './describe-filters';

const zones = [
  { id: 'stz-nust', name: 'NUST Islamabad' },
  { id: 'stz-tech7', name: 'Tech7 Islamabad' },
  { id: 'stz-mindbridge', name: 'Mindbridge Lahore' },
  { id: 'cn-seda', name: 'SEDA Shenyang' },
];
const sectors = [{ id: 'fintech', name: 'Fintech & blockchain' }];

describe('describeFilters', () => {
  it('says when nothing is filtered', () => {
    expect(describeFilters(emptyFilters, zones, sectors, englishLocale)).toBe(
      'All zones · all sectors · all years',
    );
  });

  it('names zones and sectors and gives the period', () => {
    expect(
      describeFilters(
        { zones: ['stz-nust'], sectors: ['fintech'], from: 2022, to: 2025 },
        zones,
        sectors,
        englishLocale,
      ),
    ).toBe('Zones: NUST Islamabad · Sectors: Fintech & blockchain · 2022–2025');
  });

  it('shortens long zone lists and open-ended periods', () => {
    const text = describeFilters(
      { zones: zones.map((z) => z.id), sectors: [], from: null, to: 2024 },
      zones,
      sectors,
      englishLocale,
    );
    expect(text).toBe(
      'Zones: NUST Islamabad, Tech7 Islamabad, Mindbridge Lahore and 1 more · all sectors · up to 2024',
    );
    expect(describeFilters({ ...emptyFilters, from: 2023 }, zones, sectors, englishLocale)).toBe(
      'All zones · all sectors · from 2023',
    );
  });

  it('keeps an id it cannot name rather than hiding the filter', () => {
    expect(describeFilters({ ...emptyFilters, zones: ['stz-x'] }, zones, sectors, englishLocale)).toMatch(
      /^Zones: stz-x/,
    );
  });

  it('speaks the deck’s language, years ungrouped', () => {
    const filters = { zones: zones.map((z) => z.id), sectors: [], from: 2022, to: 2025 };
    expect(describeFilters(filters, zones, sectors, createLocale('zh-Hans', zh))).toBe(
      '园区：NUST Islamabad、Tech7 Islamabad、Mindbridge Lahore和另外1个 · 所有行业 · 2022–2025年',
    );
    expect(describeFilters(emptyFilters, zones, sectors, createLocale('ur', ur))).toBe(
      'تمام زون · تمام شعبے · تمام سال',
    );
  });
});
