import { geoDistance } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import type { CooperationEvent } from '@/domain/event';
import type { Zone } from '@/domain/zone';
import { greatCircle, linePath, pointAlong, projectLine, toAgreements, toArcs } from './to-arcs';
import type { ZoneFigures } from './to-zone-metrics';
import { zone } from './test-zones';

const shenyang: [number, number] = [123.4291, 41.7968];
const islamabad: [number, number] = [73.04329, 33.72148];
const source = { kind: 'sourced' as const, source: 'TDI, 2 Aug 2022', url: null, asOf: '2022-08-02' };
const illustrative = { kind: 'illustrative' as const, source: 'generator', url: null, asOf: '2026-11-27' };

describe('greatCircle', () => {
  const points = greatCircle(shenyang, islamabad);

  it('starts and ends at the two places', () => {
    expect(points[0]?.[0]).toBeCloseTo(shenyang[0], 6);
    expect(points[0]?.[1]).toBeCloseTo(shenyang[1], 6);
    expect(points.at(-1)?.[0]).toBeCloseTo(islamabad[0], 6);
    expect(points.at(-1)?.[1]).toBeCloseTo(islamabad[1], 6);
  });

  it('follows the great circle: every sample splits the distance exactly', () => {
    const total = geoDistance(shenyang, islamabad);
    for (const p of points) {
      expect(geoDistance(shenyang, p) + geoDistance(p, islamabad)).toBeCloseTo(total, 9);
    }
  });

  it('bows poleward of the straight lon/lat line, as great circles do in the north', () => {
    const middle = points[Math.floor(points.length / 2)] ?? [0, 0];
    const straightLat =
      shenyang[1] + ((islamabad[1] - shenyang[1]) * (middle[0] - shenyang[0])) / (islamabad[0] - shenyang[0]);
    expect(middle[1]).toBeGreaterThan(straightLat + 2);
  });

  it('samples about every 1.5° and at least 8 segments', () => {
    const degrees = (geoDistance(shenyang, islamabad) * 180) / Math.PI;
    expect(points).toHaveLength(Math.ceil(degrees / 1.5) + 1);
    expect(greatCircle([73, 33.7], [73.05, 33.6]).length).toBe(9);
  });
});

describe('toAgreements and toArcs', () => {
  const zones: Zone[] = [
    zone({ id: 'cn-seda', country: 'CN', status: 'counterpart', lon: shenyang[0], lat: shenyang[1] }),
    zone({ id: 'stz-a', lon: islamabad[0], lat: islamabad[1] }),
    zone({ id: 'stz-b', lon: 74.35, lat: 31.56 }),
    zone({ id: 'stz-c', lon: 67, lat: 24.9 }),
  ];
  const events: CooperationEvent[] = [
    {
      id: 'e2',
      date: '2022-08-06',
      kind: 'governance',
      title: 'Resigns',
      description: '',
      zoneIds: ['cn-seda'],
      provenance: source,
    },
    {
      id: 'e1',
      date: '2022-08-01',
      kind: 'letter-of-intent',
      title: 'STZA–SEDA LoI',
      description: '',
      zoneIds: ['cn-seda'],
      provenance: source,
    },
    {
      id: 'e3',
      date: '2023',
      kind: 'letter-of-intent',
      title: 'Later LoI',
      description: '',
      zoneIds: ['cn-seda', 'stz-a'],
      provenance: source,
    },
  ];
  const figures: ZoneFigures = new Map([
    ['stz-a', { companies: { metric: 'companies', value: 10, period: '2025', provenance: illustrative } }],
    ['stz-b', { companies: { metric: 'companies', value: 5, period: '2025', provenance: illustrative } }],
  ]);

  it('takes the earliest letter of intent per counterpart, ignoring other kinds and non-counterparts', () => {
    expect(toAgreements(events, zones)).toEqual([
      { counterpartId: 'cn-seda', title: 'STZA–SEDA LoI', date: '2022-08-01', provenance: source },
    ]);
  });

  it('draws one arc per agreement and zone with a figure, width linear in the figure', () => {
    const arcs = toArcs(zones, toAgreements(events, zones), figures, 'companies', { min: 1, max: 5 });
    expect(arcs.map((a) => a.id)).toEqual(['cn-seda->stz-a', 'cn-seda->stz-b']);
    expect(arcs.map((a) => a.width)).toEqual([5, 3]);
    expect(arcs[0]?.agreement.title).toBe('STZA–SEDA LoI');
    expect(arcs[0]?.figure.provenance.kind).toBe('illustrative');
  });

  it('draws nothing for a metric no zone has a figure for', () => {
    expect(toArcs(zones, toAgreements(events, zones), figures, 'investment')).toEqual([]);
  });
});

describe('projected lines', () => {
  const line = projectLine(
    [
      [0, 0],
      [1, 0],
      [2, 0],
      [2, 2],
    ],
    ([x, y]) => (x === 1 ? null : [x * 10, y * 10]),
  );

  it('drops points the projection cannot place and writes compact path data', () => {
    expect(line).toEqual([
      [0, 0],
      [20, 0],
      [20, 20],
    ]);
    expect(linePath(line)).toBe('M0.0,0.0L20.0,0.0L20.0,20.0');
  });

  it('finds the point and heading at a fraction of the length', () => {
    expect(pointAlong(line, 0.25)).toEqual({ x: 10, y: 0, angle: 0 });
    expect(pointAlong(line, 0.75)).toEqual({ x: 20, y: 10, angle: 90 });
    expect(pointAlong([[5, 5]], 0.5)).toBeNull();
  });
});
