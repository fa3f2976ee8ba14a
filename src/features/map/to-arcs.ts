import { geoDistance, geoInterpolate } from 'd3-geo';
import { localText, type LocalText } from '@/domain/local-texts';
import type { CooperationEvent } from '@/domain/event';
import type { Provenance } from '@/domain/provenance';
import type { Zone } from '@/domain/zone';
import type { Point } from './to-markers';
import { maxFigure, type SizeMetric, type ZoneFigure, type ZoneFigures } from './to-zone-metrics';
import { compareCodes } from '@/domain/compare';

type LonLat = [number, number];

/** A sourced cooperation agreement with a Chinese counterpart: the reason an arc is drawn at all. */
export interface Agreement {
  counterpartId: string;
  title: string;
  /** The title in Chinese and Urdu (the event's `texts`). */
  texts?: CooperationEvent['texts'];
  date: string | null;
  provenance: Provenance;
}

/**
 * Letters of intent naming a counterpart zone, one per counterpart (the earliest): SEDA (Aug 2022)
 * and Z-Park via ZBRA (Feb 2022) in the demo data. Undated letters sort last.
 */
export function toAgreements(events: readonly CooperationEvent[], zones: readonly Zone[]): Agreement[] {
  const counterparts = new Set(zones.filter((z) => z.status === 'counterpart').map((z) => z.id));
  const byCounterpart = new Map<string, Agreement>();
  const sorted = [...events].sort((a, b) => compareCodes(a.date ?? '9999', b.date ?? '9999'));
  for (const event of sorted) {
    if (event.kind !== 'letter-of-intent') continue;
    for (const id of event.zoneIds) {
      if (!counterparts.has(id) || byCounterpart.has(id)) continue;
      byCounterpart.set(id, {
        counterpartId: id,
        title: event.title,
        ...(event.texts && { texts: event.texts }),
        date: event.date,
        provenance: event.provenance,
      });
    }
  }
  return [...byCounterpart.values()];
}

/**
 * Samples of the great circle from one place to another, about one per 1.5° of arc (at least 8
 * segments), so the curve stays smooth at every zoom without thousands of points.
 */
export function greatCircle(from: LonLat, to: LonLat, degreesPerSegment = 1.5): LonLat[] {
  const degrees = (geoDistance(from, to) * 180) / Math.PI;
  const segments = Math.max(8, Math.ceil(degrees / degreesPerSegment));
  const at = geoInterpolate(from, to);
  return Array.from({ length: segments + 1 }, (_, i) => at(i / segments));
}

export interface FlowArc {
  id: string;
  fromId: string;
  toId: string;
  agreement: Agreement;
  /** The receiving zone's figure: an illustrative stand-in, since no flow is measured. */
  figure: ZoneFigure;
  width: number;
  points: LonLat[];
}

export interface ArcWidths {
  min: number;
  max: number;
}

/**
 * One arc per agreement and Pakistani zone with a figure for the chosen metric; the width is the
 * receiving zone's figure, linear from min to max. Zones without a figure get no arc, rather than
 * a thin one that would read as "small".
 */
export function toArcs(
  zones: readonly Zone[],
  agreements: readonly Agreement[],
  figures: ZoneFigures,
  metric: SizeMetric,
  widths: ArcWidths = { min: 1.25, max: 6 },
): FlowArc[] {
  const byId = new Map(zones.map((z) => [z.id, z]));
  const max = maxFigure(figures, metric);
  const receivers = zones.filter((z) => z.country === 'PK');
  return agreements.flatMap((agreement) => {
    const origin = byId.get(agreement.counterpartId);
    if (!origin) return [];
    return receivers.flatMap((zone) => {
      const figure = figures.get(zone.id)?.[metric];
      if (!figure || figure.value <= 0 || max <= 0) return [];
      return [
        {
          id: `${origin.id}->${zone.id}`,
          fromId: origin.id,
          toId: zone.id,
          agreement,
          figure,
          width: widths.min + (widths.max - widths.min) * (figure.value / max),
          points: greatCircle(
            [origin.coordinates.lon, origin.coordinates.lat],
            [zone.coordinates.lon, zone.coordinates.lat],
          ),
        },
      ];
    });
  });
}

/** Projects the samples, dropping any the projection cannot place. */
export function projectLine(
  points: readonly LonLat[],
  project: (p: LonLat) => [number, number] | null,
): Point[] {
  return points.flatMap((p) => {
    const xy = project(p);
    return xy ? [xy] : [];
  });
}

export const linePath = (points: readonly Point[]): string =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`).join('');

/**
 * Where the direction chevron sits: a point at a fraction of the line's length and the line's
 * heading there in degrees (0 = pointing right, clockwise positive, as SVG rotate() expects).
 */
export function pointAlong(
  points: readonly Point[],
  fraction: number,
): { x: number; y: number; angle: number } | null {
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < points.length; i += 1) {
    const [a, b] = [points[i - 1], points[i]];
    if (!a || !b) continue;
    total += Math.hypot(b[0] - a[0], b[1] - a[1]);
    lengths.push(total);
  }
  if (total === 0) return null;
  const target = total * Math.min(1, Math.max(0, fraction));
  const i = Math.max(
    0,
    lengths.findIndex((l) => l >= target),
  );
  const [a, b] = [points[i], points[i + 1]];
  if (!a || !b) return null;
  const start = i === 0 ? 0 : (lengths[i - 1] ?? 0);
  const segment = (lengths[i] ?? total) - start;
  const t = segment === 0 ? 0 : (target - start) / segment;
  return {
    x: a[0] + (b[0] - a[0]) * t,
    y: a[1] + (b[1] - a[1]) * t,
    angle: (Math.atan2(b[1] - a[1], b[0] - a[0]) * 180) / Math.PI,
  };
}

/** An agreement's title in the reader's language, or English marked as such (`localText`). */
export const localTitle = (a: Agreement, lang: string): LocalText =>
  localText(a, 'title', lang) ?? { text: a.title, lang: 'en' };

/** The same as plain text, for hover titles and slide notes. */
export const titleOf = (a: Agreement, lang: string): string => localTitle(a, lang).text;
