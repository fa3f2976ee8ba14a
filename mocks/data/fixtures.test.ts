import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { CompanySchema } from '@/domain/company';
import { EventSchema } from '@/domain/event';
import { IndicatorSchema } from '@/domain/indicator';
import { ObservationSchema } from '@/domain/observation';
import { SectorSchema } from '@/domain/sector';
import { WorldBankRowSchema } from '@/domain/world-bank';
import { ZoneSchema } from '@/domain/zone';
import { generateIllustrative, totals } from '../generate/generate-illustrative';
import committedIllustrative from './illustrative-observations.json';
import { fixtures, worldBankFixtures } from './fixtures';

describe('demo fixtures', () => {
  it.each([
    ['zones', ZoneSchema],
    ['sectors', SectorSchema],
    ['indicators', IndicatorSchema],
    ['observations', ObservationSchema],
    ['events', EventSchema],
    ['companies', CompanySchema],
  ] as const)('%s all match the data contract', (name, schema) => {
    const result = z.array(schema as z.ZodMiniType).safeParse(fixtures[name]);
    expect(result.success ? 'valid' : z.prettifyError(result.error)).toBe('valid');
    expect(fixtures[name].length).toBeGreaterThan(0);
  });

  it('gives every figure a provenance with a source, and a link unless it is our own generator', () => {
    const records = [...fixtures.observations, ...fixtures.zones, ...fixtures.events, ...fixtures.companies];
    for (const record of records) {
      expect(record.provenance.source.length).toBeGreaterThan(3);
      if (record.provenance.kind !== 'illustrative') expect(record.provenance.url).toMatch(/^https?:\/\//);
    }
  });

  it('refers only to zones, sectors and indicators that exist', () => {
    const zoneIds = new Set(fixtures.zones.map((z) => z.id));
    const sectorIds = new Set(fixtures.sectors.map((s) => s.id));
    const indicatorIds = new Set(fixtures.indicators.map((i) => i.id));
    for (const o of fixtures.observations) {
      expect(indicatorIds.has(o.indicatorId), o.indicatorId).toBe(true);
      if (o.geoType === 'zone') expect(zoneIds.has(o.geo), o.geo).toBe(true);
      if (o.sectorId) expect(sectorIds.has(o.sectorId), o.sectorId).toBe(true);
    }
    for (const c of fixtures.companies) expect(zoneIds.has(c.zoneId) && sectorIds.has(c.sectorId)).toBe(true);
    for (const e of fixtures.events) for (const z of e.zoneIds) expect(zoneIds.has(z), z).toBe(true);
  });

  it('keeps both sides where sources disagree', () => {
    const fortune = fixtures.observations.filter((o) => o.indicatorId === 'seda-fortune500');
    expect(fortune.map((o) => [o.period, o.value, o.provenance.kind])).toEqual([
      ['2018', 32, 'sourced'],
      ['2022', 84, 'announcement'],
    ]);
    const chinaFy24 = fixtures.observations.filter(
      (o) => o.indicatorId === 'fdi-net-china' && o.period === 'FY2024',
    );
    expect(chinaFy24.map((o) => [o.vintage, o.value])).toEqual([
      ['first-reported', 568e6],
      ['revised', 643e6],
    ]);
  });

  it('serves World Bank rows in the real API row format', () => {
    for (const fixture of Object.values(worldBankFixtures)) {
      expect(z.array(WorldBankRowSchema).safeParse(fixture.rows).success).toBe(true);
      expect(fixture.lastupdated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});

describe('illustrative breakdowns', () => {
  const generated = generateIllustrative();

  it('are exactly what the committed generator produces', () => {
    expect(committedIllustrative).toEqual(generated);
  });

  it('are all flagged illustrative', () => {
    expect(generated.every((o) => o.provenance.kind === 'illustrative')).toBe(true);
    expect(generated.every((o) => o.geoType === 'zone' && o.sectorId !== null)).toBe(true);
  });

  it('add up to the totals they split', () => {
    for (const total of totals) {
      const parts = generated.filter((o) => o.indicatorId === total.indicatorId && o.period === total.period);
      expect(parts.reduce((sum, o) => sum + o.value, 0)).toBe(total.value);
      expect(new Set(parts.map((o) => o.geo))).toEqual(new Set(total.zones));
    }
  });

  it('invent no totals: every total split is a sourced figure from the fixtures', () => {
    expect(totals.map((t) => [t.indicatorId, t.period, t.provenance.kind])).toEqual([
      ['zone-companies', '2022', 'sourced'],
      ['zone-investment', '2024', 'sourced'],
    ]);
  });

  it('split the sourced totals where public totals exist', () => {
    const rs30bn = fixtures.observations.find(
      (o) => o.indicatorId === 'stz-developer-investment' && o.period === '2024',
    );
    const investmentTotal = totals.find((t) => t.indicatorId === 'zone-investment');
    expect(investmentTotal?.value).toBe(rs30bn?.value);
    expect(investmentTotal?.provenance.kind).toBe('sourced');
    const licensed = fixtures.observations.find((o) => o.indicatorId === 'licensed-enterprises');
    expect(totals.find((t) => t.indicatorId === 'zone-companies' && t.period === '2022')?.value).toBe(
      licensed?.value,
    );
  });
});
