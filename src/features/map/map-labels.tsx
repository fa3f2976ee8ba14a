import type { GeoProjection } from 'd3-geo';
import { geoPath } from 'd3-geo';
import { useMemo } from 'react';
import { kashmirLabelAt, kashmirOutline } from './kashmir';
import type { PlacedMarker } from './map-markers';
import { boxAround, labelBox, overlaps, placeLabels, union, type Box, type LabelRequest } from './to-labels';
import { applyTransform, type ZoomTransform } from './zoom-transform';

interface MapLabelsProps {
  placed: PlacedMarker[];
  projection: GeoProjection;
  t: ZoomTransform;
  width: number;
  height: number;
}

/**
 * Country names with candidate positions (lon, lat) in open land, placed by eye; the first that
 * covers no marker or label is used, and a name with no free spot is left out.
 */
const countryLabels: readonly { name: string; at: readonly [number, number][]; focus: boolean }[] = [
  {
    name: 'CHINA',
    at: [
      [101, 31.5],
      [98, 36],
    ],
    focus: true,
  },
  {
    name: 'PAKISTAN',
    at: [
      [65.8, 27.6],
      [69.6, 27.4],
      [64.8, 26.4],
      [63.6, 27.9],
    ],
    focus: true,
  },
  { name: 'INDIA', at: [[79, 22.5]], focus: false },
  {
    name: 'AFGHANISTAN',
    at: [
      [64.5, 33.6],
      [65.5, 31.8],
    ],
    focus: false,
  },
  { name: 'MONGOLIA', at: [[103, 46.5]], focus: false },
  { name: 'IRAN', at: [[57.5, 30.5]], focus: false },
];
/** Letter-spaced capitals run wider than the city names: pixels per character at 11–14 px. */
const COUNTRY_CHAR = { focus: 12, context: 9.5 } as const;

const KASHMIR_TEXT = 'Kashmir: disputed (approx. outline)';
/** Above this on-screen width the region's label fits inside it (Pakistan preset, or zoomed in). */
const KASHMIR_INSIDE_WIDTH = 220;

/**
 * Names on the map, placed where they do not cover a marker: the Chinese counterparts, each
 * Pakistani city with a count when zones share it ("Islamabad (4)"), and the disputed region.
 */
export function MapLabels({ placed, projection, t, width, height }: MapLabelsProps) {
  const kashmirBounds = useMemo(() => geoPath(projection).bounds(kashmirOutline), [projection]);
  const [k0, k1] = [applyTransform(t, kashmirBounds[0]), applyTransform(t, kashmirBounds[1])];
  const kashmirBox: Box = { x0: k0[0], y0: k0[1], x1: k1[0], y1: k1[1] };
  const inside = kashmirBox.x1 - kashmirBox.x0 > KASHMIR_INSIDE_WIDTH;

  const obstacles = placed.map(({ at, r }) => boxAround(at, r + 1));
  const cities = new Map<string, PlacedMarker[]>();
  for (const p of placed) {
    if (p.marker.zone.status === 'counterpart') continue;
    cities.set(p.marker.zone.city, [...(cities.get(p.marker.zone.city) ?? []), p]);
  }
  // The disputed region first: it must always be named; city names give way if crowded.
  const requests: LabelRequest[] = [
    ...(inside ? [] : [{ id: 'kashmir', text: KASHMIR_TEXT, around: kashmirBox }]),
    ...placed
      .filter((p) => p.marker.zone.status === 'counterpart')
      .map((p) => ({ id: p.marker.id, text: p.marker.zone.shortName, around: boxAround(p.at, p.r) })),
    ...[...cities.entries()]
      .sort((a, b) => b[1].length - a[1].length)
      .map(([city, members]) => ({
        id: `city:${city}`,
        text: members.length > 1 ? `${city} (${members.length})` : city,
        around: union(members.map(({ at, r }) => boxAround(at, r))),
      })),
  ];
  const labels = placeLabels(requests, obstacles, { width, height });
  const taken = [...obstacles, ...labels.map(labelBox)];
  const countries = countryLabels.flatMap(({ name, at, focus }) => {
    const half = (name.length * (focus ? COUNTRY_CHAR.focus : COUNTRY_CHAR.context)) / 2;
    for (const lonLat of at) {
      const xy = projection([lonLat[0], lonLat[1]]);
      if (!xy) continue;
      const [x, y] = applyTransform(t, xy);
      const box = { x0: x - half, y0: y - 12, x1: x + half, y1: y + 3 };
      const fits = box.x0 > 2 && box.x1 < width - 2 && box.y0 > 2 && box.y1 < height - 2;
      if (fits && !taken.some((b) => overlaps(b, box))) {
        taken.push(box);
        return [{ name, x, y, focus }];
      }
    }
    return [];
  });
  const insideAt = inside ? projection(kashmirLabelAt) : null;
  const insideXY = insideAt ? applyTransform(t, insideAt) : null;

  return (
    <g aria-hidden="true">
      {countries.map(({ name, x, y, focus }) => (
        <text
          key={name}
          x={x}
          y={y}
          textAnchor="middle"
          className={`map-label ${focus ? 'map-label--focus' : ''}`}
        >
          {name}
        </text>
      ))}
      {labels.map((l) => (
        <text
          key={l.id}
          x={l.x}
          y={l.y}
          textAnchor={l.anchor}
          className={`map-label ${l.id === 'kashmir' ? 'map-label--disputed' : l.id.startsWith('city:') ? 'map-label--city' : 'map-label--zone'}`}
        >
          {l.text}
        </text>
      ))}
      {insideXY && (
        <text x={insideXY[0]} y={insideXY[1]} className="map-label map-label--disputed" textAnchor="middle">
          {KASHMIR_TEXT}
        </text>
      )}
    </g>
  );
}
