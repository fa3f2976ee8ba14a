import { describe, expect, it } from 'vitest';
import fixtures from '@mocks/data/zones.json';
import { ZoneSchema } from '@/domain/zone';
import { fitProjection } from './projection';
import { layoutMarkers, radiusFor, toMarkers, type LayoutItem } from './to-markers';
import type { ZoneFigures } from './to-zone-metrics';
import { zone } from './test-zones';

const illustrative = { kind: 'illustrative' as const, source: 'generator', url: null, asOf: '2026-11-27' };
const identity = ([x, y]: [number, number]): [number, number] => [x, y];

function overlaps(items: readonly LayoutItem[], layout: Map<string, readonly [number, number]>, gap: number) {
  const found: string[] = [];
  items.forEach((a, i) =>
    items.slice(i + 1).forEach((b) => {
      const [pa, pb] = [layout.get(a.id), layout.get(b.id)];
      if (!pa || !pb) throw new Error('missing position');
      if (Math.hypot(pa[0] - pb[0], pa[1] - pb[1]) < a.r + b.r + gap - 0.01) found.push(`${a.id}/${b.id}`);
    }),
  );
  return found;
}

describe('radiusFor', () => {
  it('maps 0 to the minimum, the largest figure to the maximum, and area linearly between', () => {
    const sizes = { min: 4, max: 20, counterpart: 10 };
    expect(radiusFor(0, 100, sizes)).toBe(4);
    expect(radiusFor(100, 100, sizes)).toBe(20);
    const area = (r: number) => r * r - 16;
    expect(area(radiusFor(50, 100, sizes)) / area(radiusFor(100, 100, sizes))).toBeCloseTo(0.5, 9);
    expect(radiusFor(10, 0, sizes)).toBe(4);
  });
});

describe('toMarkers', () => {
  const zones = [
    zone({ id: 'stz-b', shortName: 'B', lon: 73, lat: 33, status: 'planned' }),
    zone({ id: 'stz-a', shortName: 'A', lon: 73, lat: 33, status: 'launched' }),
    zone({ id: 'cn-seda', shortName: 'SEDA', country: 'CN', status: 'counterpart', lon: 123, lat: 41 }),
    zone({ id: 'gilgit', shortName: 'Gilgit', lon: 74.31, lat: 35.92, status: 'planned' }),
  ];
  const figures: ZoneFigures = new Map([
    ['stz-a', { companies: { metric: 'companies', value: 8, period: '2025', provenance: illustrative } }],
  ]);
  const markers = toMarkers(zones, figures, 'companies', identity);

  it('orders counterparts first, then zones by short name (the tab order)', () => {
    expect(markers.map((m) => m.id)).toEqual(['cn-seda', 'stz-a', 'stz-b', 'gilgit']);
  });

  it('encodes status by shape and sizes by the chosen figure', () => {
    const byId = Object.fromEntries(markers.map((m) => [m.id, m]));
    expect(byId['stz-a']?.shape).toBe('circle');
    expect(byId['stz-b']?.shape).toBe('ring');
    expect(byId['cn-seda']?.shape).toBe('triangle');
    expect(byId['stz-a']?.radius).toBe(19);
    expect(byId['stz-b']?.radius).toBe(6);
    expect(byId['stz-b']?.figure).toBeNull();
    expect(byId['cn-seda']?.radius).toBe(10);
  });

  it('counts zones sharing coordinates and flags approximate and disputed locations', () => {
    const byId = Object.fromEntries(markers.map((m) => [m.id, m]));
    expect(byId['stz-a']?.sharedWith).toBe(2);
    expect(byId['gilgit']?.sharedWith).toBe(1);
    expect(byId['stz-a']?.approximate).toBe(true);
    expect(byId['gilgit']?.disputed).toBe(true);
    expect(byId['stz-a']?.disputed).toBe(false);
  });

  it('leaves out zones the projection cannot place', () => {
    expect(toMarkers(zones, figures, 'companies', () => null)).toEqual([]);
  });
});

describe('layoutMarkers', () => {
  it('keeps a lone marker on its anchor', () => {
    const layout = layoutMarkers([{ id: 'a', x: 10, y: 20, r: 6 }]);
    expect(layout.get('a')).toEqual([10, 20]);
  });

  it('spreads markers sharing one point around it without overlap, the same way every time', () => {
    const items = ['a', 'b', 'c', 'd'].map((id) => ({ id, x: 100, y: 100, r: 8 }));
    const layout = layoutMarkers(items, { gap: 2 });
    expect(overlaps(items, layout, 2)).toEqual([]);
    const centre = [...layout.values()].reduce((s, p) => [s[0] + p[0] / 4, s[1] + p[1] / 4], [0, 0]);
    expect(Math.hypot(centre[0] - 100, centre[1] - 100)).toBeLessThan(2);
    for (const p of layout.values()) expect(Math.hypot(p[0] - 100, p[1] - 100)).toBeLessThan(20);
    expect(layoutMarkers(items, { gap: 2 })).toEqual(layout);
  });

  it('separates the crowded northern Pakistan zones of the demo data in the corridor view', () => {
    const zones = fixtures.map((z) => ZoneSchema.parse(z));
    const projection = fitProjection('both', { width: 800, height: 400 });
    const markers = toMarkers(zones, new Map(), 'companies', (p) => projection(p));
    const items = markers.map((m) => ({ id: m.id, x: m.anchor[0], y: m.anchor[1], r: m.radius }));
    const layout = layoutMarkers(items, { gap: 2 });
    expect(overlaps(items, layout, 2)).toEqual([]);
    // Crowding moves markers, but they stay close to their city: within a few marker widths.
    for (const item of items) {
      const p = layout.get(item.id) ?? [0, 0];
      expect(Math.hypot(p[0] - item.x, p[1] - item.y)).toBeLessThan(60);
    }
  });
});
