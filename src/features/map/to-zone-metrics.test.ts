import { describe, expect, it } from 'vitest';
import type { Observation } from '@/domain/observation';
import type { Provenance } from '@/domain/provenance';
import { observation } from '@test/builders';
import { maxFigure, toZoneFigures } from './to-zone-metrics';

const illustrative: Provenance = { kind: 'illustrative', source: 'generator', url: null, asOf: '2026-11-27' };
const estimate: Provenance = { kind: 'estimate', source: 'press', url: null, asOf: '2024' };
const row = (
  indicatorId: string,
  geo: string,
  period: string,
  value: number,
  provenance = illustrative,
): Observation =>
  observation({ indicatorId, geoType: 'zone', geo, sectorId: 'it-software', period, value, provenance });

describe('toZoneFigures', () => {
  const figures = toZoneFigures([
    row('zone-companies', 'a', '2024', 3),
    row('zone-companies', 'a', '2025', 4, estimate),
    row('zone-companies', 'a', '2025', 5),
    row('zone-companies', 'b', '2023', 7, estimate),
    row('zone-investment', 'a', '2024', 1e9),
    row('stz-count', 'a', '2025', 99),
  ]);

  it('sums the latest period per zone over sectors and keeps the weakest provenance', () => {
    expect(figures.get('a')?.companies).toEqual({
      metric: 'companies',
      value: 9,
      period: '2025',
      provenance: illustrative,
    });
    expect(figures.get('b')?.companies).toEqual({
      metric: 'companies',
      value: 7,
      period: '2023',
      provenance: estimate,
    });
    expect(figures.get('a')?.investment?.value).toBe(1e9);
    expect(figures.get('b')?.investment).toBeUndefined();
  });

  it('gives the top of each scale', () => {
    expect(maxFigure(figures, 'companies')).toBe(9);
    expect(maxFigure(new Map(), 'investment')).toBe(0);
  });
});
