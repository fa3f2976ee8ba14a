import { colourOfZone } from '@/domain/colours';
import type { Zone, ZoneStatus } from '@/domain/zone';
import { inKashmir } from './kashmir';
import type { RegionPreset } from './projection';
import type { SizeMetric, ZoneFigure, ZoneFigures } from './to-zone-metrics';
import { compareEnglishNames } from '@/domain/compare';

export type Point = readonly [number, number];
/** A zone marker's outline, by status; not the chart series markers of components/chart-marks. */
export type ZoneShape = 'circle' | 'square' | 'diamond' | 'ring' | 'triangle';

/** Status is carried by shape (and hollow for planned), so it never rests on colour alone. */
export const statusStyles: Record<ZoneStatus, { shape: ZoneShape; glyph: string }> = {
  launched: { shape: 'circle', glyph: '●' },
  notified: { shape: 'square', glyph: '■' },
  approved: { shape: 'diamond', glyph: '◆' },
  planned: { shape: 'ring', glyph: '○' },
  counterpart: { shape: 'triangle', glyph: '▲' },
};

export interface MarkerSizes {
  min: number;
  max: number;
  /** Counterparts are origins, not receivers of a figure: one fixed size. */
  counterpart: number;
}
const defaultSizes: MarkerSizes = { min: 6, max: 19, counterpart: 10 };

/**
 * Sizes per preset: the corridor and China views fit Pakistan's 16 zones into ~150 px, so
 * markers are smaller there; Pakistan's own view has room for larger ones.
 */
export const presetSizes: Record<RegionPreset, MarkerSizes> = {
  both: { min: 4, max: 12, counterpart: 8 },
  china: { min: 4, max: 12, counterpart: 9 },
  pakistan: defaultSizes,
};

/**
 * Frames lower or narrower than the map page's minimum (340 px: slides, thumbnails) shrink markers
 * down to 70%, so a small map is not all markers. The page itself always draws them at 100%,
 * which keeps its legend's size key exact.
 */
export function sizesForFrame(sizes: MarkerSizes, width: number, height: number): MarkerSizes {
  const f = Math.min(1, Math.max(0.7, Math.min(width, height) / 340));
  return { min: sizes.min * f, max: sizes.max * f, counterpart: sizes.counterpart * f };
}

/** Markers grow a little as the user zooms in (×1.5 at most), where crowding allows it. */
export const zoomGrowth = (k: number): number => Math.min(1.5, 1 + 0.2 * Math.log2(Math.max(1, k)));

/** Area grows linearly with the figure above the minimum marker, so a zone with 0 stays visible. */
export function radiusFor(value: number, max: number, sizes: MarkerSizes = defaultSizes): number {
  if (max <= 0 || value <= 0) return sizes.min;
  const share = Math.min(1, value / max);
  return Math.sqrt(sizes.min ** 2 + (sizes.max ** 2 - sizes.min ** 2) * share);
}

export interface ZoneMarker {
  id: string;
  zone: Zone;
  shape: ZoneShape;
  colour: string;
  radius: number;
  /** The figure that sets the size, or null (no figure for the chosen metric and period). */
  figure: ZoneFigure | null;
  figures: Partial<Record<SizeMetric, ZoneFigure>>;
  /** Projected position of the zone's coordinates, before any offset for crowding. */
  anchor: Point;
  approximate: boolean;
  disputed: boolean;
  /** How many zones share these exact coordinates (Islamabad has four). */
  sharedWith: number;
}

const coordKey = (z: Zone) => `${z.coordinates.lat.toFixed(4)},${z.coordinates.lon.toFixed(4)}`;

/**
 * Zones → markers in projected space, Chinese counterparts first then by short name: the order
 * keyboard users tab through. Zones the projection cannot place are left out.
 */
export function toMarkers(
  zones: readonly Zone[],
  figures: ZoneFigures,
  metric: SizeMetric,
  project: (lonLat: [number, number]) => [number, number] | null,
  sizes: MarkerSizes = defaultSizes,
): ZoneMarker[] {
  let max = 0;
  for (const entry of figures.values()) max = Math.max(max, entry[metric]?.value ?? 0);
  const shared = new Map<string, number>();
  for (const z of zones) shared.set(coordKey(z), (shared.get(coordKey(z)) ?? 0) + 1);
  const sorted = [...zones].sort(
    (a, b) =>
      (a.country === b.country ? 0 : a.country === 'CN' ? -1 : 1) ||
      compareEnglishNames(a.shortName, b.shortName),
  );
  return sorted.flatMap((zone) => {
    const anchor = project([zone.coordinates.lon, zone.coordinates.lat]);
    if (!anchor) return [];
    const entry = figures.get(zone.id) ?? {};
    const figure = entry[metric] ?? null;
    const radius =
      zone.status === 'counterpart' ? sizes.counterpart : radiusFor(figure?.value ?? 0, max, sizes);
    return [
      {
        id: zone.id,
        zone,
        shape: statusStyles[zone.status].shape,
        colour: colourOfZone(zone.id),
        radius,
        figure,
        figures: entry,
        anchor,
        approximate: zone.coordinates.precision === 'city-centroid',
        disputed: inKashmir(zone.coordinates.lon, zone.coordinates.lat),
        sharedWith: shared.get(coordKey(zone)) ?? 1,
      },
    ];
  });
}

export interface LayoutItem {
  id: string;
  x: number;
  y: number;
  r: number;
}

/**
 * Places markers so none overlap, each as near its anchor as crowding allows (screen space, run
 * on every zoom). Markers sharing one point start on a ring around it; then overlaps are pushed
 * apart while a weak spring pulls each marker home; the last passes only push, so the result has
 * no overlaps. Deterministic: the same input always gives the same layout.
 */
export function layoutMarkers(
  items: readonly LayoutItem[],
  { gap = 2, iterations = 120 }: { gap?: number; iterations?: number } = {},
): Map<string, Point> {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => {
    const key = `${Math.round(item.x * 2)},${Math.round(item.y * 2)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const pos = items.map((item) => ({ x: item.x, y: item.y }));
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const circumference = members.reduce((sum, i) => sum + 2 * (items[i]?.r ?? 0) + gap, 0);
    const ring = circumference / (2 * Math.PI);
    members.forEach((i, k) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / members.length;
      const p = pos[i];
      if (p) [p.x, p.y] = [p.x + ring * Math.cos(angle), p.y + ring * Math.sin(angle)];
    });
  }
  const pushOnlyFrom = Math.floor(iterations * 0.6);
  // Runs on every zoom step: plain loops, no allocation inside them, and the push-only passes stop
  // once one moves nothing (every later pass would move nothing either, so the result is the same).
  for (let step = 0; step < iterations; step += 1) {
    let moved = false;
    for (let i = 0; i < items.length; i += 1) {
      const a = items[i];
      const pa = pos[i];
      if (!a || !pa) continue;
      for (let j = i + 1; j < items.length; j += 1) {
        const b = items[j];
        const pb = pos[j];
        if (!b || !pb) continue;
        let dx = pb.x - pa.x;
        let dy = pb.y - pa.y;
        let dist = Math.hypot(dx, dy);
        const need = a.r + b.r + gap;
        if (dist >= need) continue;
        if (dist < 1e-6) {
          dx = Math.cos(i + j);
          dy = Math.sin(i + j);
          dist = 1;
        }
        moved = true;
        const shift = (need - dist) / 2 + 0.01;
        pa.x -= (dx / dist) * shift;
        pa.y -= (dy / dist) * shift;
        pb.x += (dx / dist) * shift;
        pb.y += (dy / dist) * shift;
      }
    }
    if (step < pushOnlyFrom) {
      items.forEach((item, i) => {
        const p = pos[i];
        if (p) [p.x, p.y] = [p.x + (item.x - p.x) * 0.1, p.y + (item.y - p.y) * 0.1];
      });
    } else if (!moved) break;
  }
  return new Map(items.map((item, i) => [item.id, [pos[i]?.x ?? item.x, pos[i]?.y ?? item.y] as const]));
}
