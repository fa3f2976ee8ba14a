import { describe, expect, it } from 'vitest';
import type { Indicator } from '@/domain/indicator';
import type { Observation } from '@/domain/observation';
import type { Zone } from '@/domain/zone';
import { loadCatalogue } from '@/lib/catalogues';
import { englishLocale } from '@/lib/locale';
import { createLocale } from '@/lib/locale-world';
import { emptyFilters } from '@/lib/view-filters';
import { observation } from '@test/builders';
import { pageShaper, toTableRows } from './to-table-rows';

const indicators: Indicator[] = [
  {
    id: 'zone-companies',
    name: 'Companies in zones (illustrative)',
    unit: 'count',
    frequency: 'annual',
    description: '',
  },
  { id: 'fdi-net-china', name: 'Net FDI from China', unit: 'USD', frequency: 'fiscal-year', description: '' },
  { id: 'urban-share', name: 'Urban share', unit: '%', frequency: 'census', description: '' },
];
const zones = [
  { id: 'stz-nust', shortName: 'NUST Islamabad' },
  { id: 'stz-tech7', shortName: 'Tech7 Islamabad' },
] as Zone[];
const sectors = [{ id: 'it-software', name: 'IT & software', group: 'technology' as const, description: '' }];
const lookups = { indicators, zones, sectors };

const obs = (o: Partial<Observation>): Observation =>
  observation({
    indicatorId: 'zone-companies',
    geoType: 'zone',
    geo: 'stz-nust',
    sectorId: 'it-software',
    period: '2024',
    value: 3,
    provenance: { kind: 'illustrative', source: 'generator', url: null, asOf: '2026-11-27' },
    ...o,
  });

describe('toTableRows', () => {
  it('names places, sectors and indicators, and gives exact values', () => {
    const { rows } = toTableRows(
      [
        obs({}),
        obs({
          indicatorId: 'fdi-net-china',
          geoType: 'country',
          geo: 'PAK',
          sectorId: null,
          period: 'FY2025',
          value: 1227e6,
          provenance: {
            kind: 'sourced',
            source: 'Business Recorder',
            url: 'https://x.org',
            asOf: '2025-07-19',
          },
        }),
      ],
      lookups,
      emptyFilters,
      englishLocale,
    );
    expect(
      rows.map((r) => [r.place.text, r.sector?.text ?? '', r.indicator.text, r.period, r.valueText, r.kind]),
    ).toEqual([
      ['NUST Islamabad', 'IT & software', 'Companies in zones (illustrative)', '2024', '3', 'illustrative'],
      ['Pakistan', '', 'Net FDI from China', 'FY2025 (Jul 2024–Jun 2025)', 'US$1,227,000,000', 'sourced'],
    ]);
  });

  it('filters zone rows by zone and counts national rows that cannot be split', () => {
    const data = toTableRows(
      [
        obs({}),
        obs({ geo: 'stz-tech7' }),
        obs({ indicatorId: 'urban-share', geoType: 'country', geo: 'PAK', sectorId: null, value: 38.82 }),
      ],
      lookups,
      { ...emptyFilters, zones: ['stz-tech7'] },
      englishLocale,
    );
    expect(data.rows.map((r) => r.place.text)).toEqual(['Tech7 Islamabad', 'Pakistan']);
    expect(data.unbrokenRows).toBe(1);
    const hidden = toTableRows(
      [
        obs({ geo: 'stz-tech7' }),
        obs({ indicatorId: 'urban-share', geoType: 'country', geo: 'PAK', sectorId: null }),
      ],
      lookups,
      { ...emptyFilters, zones: ['stz-tech7'] },
      englishLocale,
      { hideUnbroken: true },
    );
    expect(hidden.rows.map((r) => r.place.text)).toEqual(['Tech7 Islamabad']);
  });

  it('totals one additive indicator in one period, and nothing else', () => {
    expect(
      toTableRows(
        [obs({ value: 3 }), obs({ geo: 'stz-tech7', value: 4 })],
        lookups,
        emptyFilters,
        englishLocale,
      ).total,
    ).toEqual({
      label: 'Total, Companies in zones (illustrative), 2024',
      valueText: '7',
    });
    expect(
      toTableRows(
        [obs({ value: 3 }), obs({ period: '2025', value: 4 })],
        lookups,
        emptyFilters,
        englishLocale,
      ).total,
    ).toBeNull();
    expect(
      toTableRows(
        [
          obs({ indicatorId: 'urban-share', value: 40 }),
          obs({ indicatorId: 'urban-share', geo: 'stz-tech7', value: 50 }),
        ],
        lookups,
        emptyFilters,
        englishLocale,
      ).total,
    ).toBeNull();
    expect(
      toTableRows(
        [
          obs({ indicatorId: 'fdi-net-china', vintage: 'first-reported', value: 1 }),
          obs({ indicatorId: 'fdi-net-china', vintage: 'revised', value: 2 }),
        ],
        lookups,
        emptyFilters,
        englishLocale,
      ).total,
    ).toBeNull();
  });
});

describe('toTableRows in other languages', () => {
  const fdi = obs({
    indicatorId: 'fdi-net-china',
    geoType: 'country',
    geo: 'PAK',
    sectorId: null,
    period: 'FY2025',
    vintage: 'revised',
    value: 1227e6,
    provenance: { kind: 'sourced', source: 'SBP', url: null, asOf: '2025-07-19' },
  });
  const named = {
    ...lookups,
    indicators: indicators.map((i) =>
      i.id === 'fdi-net-china' ? { ...i, names: { 'zh-Hans': '来自中国的外国直接投资净额' } } : i,
    ),
  };

  it('names places, periods and vintages in Chinese, and keeps untranslated names in English', async () => {
    const zh = createLocale('zh-Hans', await loadCatalogue('zh-Hans'));
    const [zone, country] = toTableRows([obs({}), fdi], named, emptyFilters, zh).rows;
    expect(country?.place).toEqual({ text: '巴基斯坦', lang: 'zh-Hans' });
    expect(country?.indicator).toEqual({ text: '来自中国的外国直接投资净额', lang: 'zh-Hans' });
    expect(country?.period).toBe('2025财年 (2024年7月–2025年6月)');
    expect(country?.vintageText).toBe('修订');
    expect(zone?.place).toEqual({ text: 'NUST Islamabad', lang: 'en' });
    // Ids and raw values never change with the language.
    expect([country?.placeId, country?.periodId, country?.value]).toEqual(['PAK', 'FY2025', 1227e6]);
  });

  it('writes the Urdu fiscal year and total', async () => {
    const ur = createLocale('ur', await loadCatalogue('ur'));
    const data = toTableRows(
      [obs({ value: 3 }), obs({ geo: 'stz-tech7', value: 4 })],
      lookups,
      emptyFilters,
      ur,
    );
    // An indicator the data names only in English is marked so inside the Urdu sentence.
    expect(data.total?.label).toEqual([
      'کل، ',
      { text: 'Companies in zones (illustrative)', lang: 'en' },
      '، 2024',
    ]);
    const [row] = toTableRows([fdi], lookups, emptyFilters, ur).rows;
    expect(row?.period).toMatch(/^مالی سال 2025/);
    expect(row?.place.text).toBe('پاکستان');
  });
});

describe('pageShaper', () => {
  const first = [obs({ value: 3 }), obs({ geo: 'stz-tech7', value: 4 })];
  const second = [obs({ value: 3 }), obs({ period: '2023', value: 5 })];

  it('gives the rows, keys and order that shaping every page at once gives', () => {
    const rows = pageShaper(lookups, englishLocale)([first, second]);
    expect(rows).toEqual(toTableRows([...first, ...second], lookups, emptyFilters, englishLocale).rows);
    // The same figure on two pages is still two rows with two keys.
    expect(new Set(rows.map((r) => r.key)).size).toBe(4);
  });

  it('shapes each page once: a page loaded later leaves the rows of the earlier ones as they were', () => {
    const shape = pageShaper(lookups, englishLocale);
    const before = shape([first]);
    const after = shape([first, second]);
    expect(after[0]).toBe(before[0]);
    expect(after[1]).toBe(before[1]);
    expect(after.map((r) => r.valueText)).toEqual(['3', '4', '3', '5']);
    // A new shaper (another language, new lookups) shapes everything again.
    expect(pageShaper(lookups, englishLocale)([first, second])[0]).not.toBe(before[0]);
  });
});
