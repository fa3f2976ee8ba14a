/**
 * The honesty checks on the demo fixtures (issue 12): every estimate says how it was made, every
 * dated fact links to a source of that date, every derived figure's inputs share a vintage, and
 * no as-of date appears that its source does not give.
 */
import { describe, expect, it } from 'vitest';
import type { Provenance } from '@/domain/provenance';
import { latestVintages, sameVintagePair, sameVintageShare, vintagesOf } from '@/domain/vintage';
import { fixtures, worldBankFixtures } from './fixtures';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Every provenance in the fixtures, with where it sits, for readable failures. */
function allProvenances(): { where: string; provenance: Provenance }[] {
  const out: { where: string; provenance: Provenance }[] = [];
  for (const o of fixtures.observations)
    out.push({ where: `observation ${o.indicatorId} ${o.geo} ${o.period}`, provenance: o.provenance });
  for (const z of fixtures.zones) {
    out.push({ where: `zone ${z.id}`, provenance: z.provenance });
    if (z.coordinates.provenance)
      out.push({ where: `zone ${z.id} coordinates`, provenance: z.coordinates.provenance });
    for (const d of z.dates)
      if (d.provenance) out.push({ where: `zone ${z.id} ${d.kind} date`, provenance: d.provenance });
  }
  for (const e of fixtures.events) out.push({ where: `event ${e.id}`, provenance: e.provenance });
  for (const c of fixtures.companies) out.push({ where: `company ${c.id}`, provenance: c.provenance });
  return out;
}

/** A fact dated `date` cannot come from a source dated before it (compared at their shared precision). */
function sourceCanReport(asOf: string | null, date: string): boolean {
  if (asOf === null) return true;
  const n = Math.min(asOf.length, date.length);
  return asOf.slice(0, n) >= date.slice(0, n);
}

/** The as-of date is written in the citation itself: its year, and its month when it has one. */
function citationGives(p: Provenance): boolean {
  if (p.asOf === null) return true;
  const [year, month] = p.asOf.split('-');
  if (!year || !p.source.includes(year)) return false;
  return !month || p.source.includes(MONTHS[Number(month) - 1] ?? '?');
}

describe('fixture provenance', () => {
  it('gives every estimate a method, and every company sector we assigned its reason', () => {
    const missing = allProvenances()
      .filter(({ provenance }) => provenance.kind === 'estimate' && !provenance.method)
      .map(({ where }) => where);
    expect(missing).toEqual([]);
    for (const c of fixtures.companies)
      expect(c.sectorMethod, c.id).toMatch(/^Classified by the dashboard team/);
  });

  it('marks placements we made as estimates, never as sourced', () => {
    for (const z of fixtures.zones) {
      const p = z.coordinates.provenance;
      expect(p, `${z.id} coordinates`).toBeDefined();
      if (p && !p.url) expect(p.kind, `${z.id}: coordinates without a link`).toBe('estimate');
    }
  });

  it('links every dated fact to a source of that date', () => {
    const wrong: string[] = [];
    for (const e of fixtures.events)
      if (e.date && !sourceCanReport(e.provenance.asOf, e.date)) wrong.push(`event ${e.id}`);
    for (const z of fixtures.zones)
      for (const d of z.dates)
        if (!sourceCanReport((d.provenance ?? z.provenance).asOf, d.date))
          wrong.push(`zone ${z.id} ${d.kind}`);
    for (const o of fixtures.observations)
      if (!sourceCanReport(o.provenance.asOf, o.period.replace('FY', '').slice(0, 4)))
        wrong.push(`observation ${o.indicatorId} ${o.period}`);
    expect(wrong).toEqual([]);
  });

  it('gives no as-of date that its source does not state (our generator dates its own output)', () => {
    const invented = allProvenances()
      .filter(({ provenance }) => provenance.kind !== 'illustrative' && !citationGives(provenance))
      .map(({ where, provenance }) => `${where}: ${provenance.asOf} from "${provenance.source}"`);
    expect(invented).toEqual([]);
  });

  it('names the copy World Bank figures were taken from, and never passes its date off as WDI’s', () => {
    for (const [id, fixture] of Object.entries(worldBankFixtures)) {
      expect(fixture.mirroredFrom, id).toContain(id);
      expect(fixture.mirroredUrl, id).toMatch(/^https:\/\/github\.com\//);
      if (fixture.lastUpdatedGiven) expect(fixture.mirroredFrom).toContain(fixture.lastupdated);
    }
  });
});

describe('illustrative splits', () => {
  it('split only a sourced total, and never pass a floor ("20+") off as an exact total', () => {
    const floor = fixtures.observations.find((o) => o.indicatorId === 'licensed-enterprises');
    expect(floor?.qualifier).toBe('more-than');
    const split = fixtures.observations.filter((o) => o.indicatorId === 'zone-companies');
    expect(split.length).toBeGreaterThan(0);
    for (const o of split) {
      expect(o.provenance.kind).toBe('illustrative');
      expect(o.provenance.note).toContain(
        `sourced ${o.period} total of ${floor?.value}+ (split as ${floor?.value})`,
      );
    }
  });
});

describe('vintages', () => {
  const fdi = fixtures.observations.filter((o) => /^fdi-net-(china|total)$/.test(o.indicatorId));

  it('keeps both the first-reported and the revised figure where SBP revised one', () => {
    const fy2023 = fdi.filter((o) => o.indicatorId === 'fdi-net-total' && o.period === 'FY2023');
    expect(fy2023.map((o) => [o.vintage, o.value]).sort()).toEqual([
      ['first-reported', 1437.7e6],
      ['revised', 1627e6],
    ]);
  });

  it('computes every derived share from inputs of one vintage', () => {
    const periods = [...new Set(fdi.filter((o) => o.indicatorId === 'fdi-net-china').map((o) => o.period))];
    for (const period of periods) {
      const of = (id: string) => fdi.filter((o) => o.indicatorId === id && o.period === period);
      if (of('fdi-net-total').length === 0) continue;
      const pair = sameVintagePair(of('fdi-net-china'), of('fdi-net-total'));
      expect(pair, `${period}: no report gives both China and the total`).toBeDefined();
      expect(sameVintageShare(fdi, 'fdi-net-china', 'fdi-net-total', period)?.value).toBe(
        pair ? Math.round((pair[0].value / pair[1].value) * 10000) / 100 : undefined,
      );
    }
    expect(sameVintageShare(fdi, 'fdi-net-china', 'fdi-net-total', 'FY2023')?.value).toBe(30.06);
  });

  it('answers only the latest vintage by default: later as-of, revised on a tie', () => {
    const latest = latestVintages(fixtures.observations);
    const fy2024 = latest.filter((o) => o.indicatorId === 'fdi-net-total' && o.period === 'FY2024');
    expect(fy2024.map((o) => o.value)).toEqual([2347e6]);
    for (const o of latest) expect(vintagesOf(fixtures.observations, o).at(-1)).toBe(o);
  });
});
