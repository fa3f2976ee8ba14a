import { geoConicEqualArea, type GeoProjection } from 'd3-geo';
import type { MultiPoint } from 'geojson';

export const regionPresets = ['both', 'pakistan', 'china'] as const;
export type RegionPreset = (typeof regionPresets)[number];

type LonLat = readonly [number, number];

/** The preset's name is in map-messages.ts (regionLabel). */
export interface ProjectionSpec {
  /** Central meridian, degrees east: the middle of the region, so its meridians stand upright. */
  centralMeridian: number;
  /** Standard parallels, degrees north, where the map has no distortion. */
  parallels: readonly [number, number];
  /** The lon/lat box the view is fitted to: [west, south], [east, north]. */
  extent: readonly [LonLat, LonLat];
}

/**
 * Albers equal-area conics for every preset: marker areas encode figures, so the land under them
 * must not be inflated unevenly (Snyder 1987, "Map Projections: A Working Manual", USGS PP 1395, ch. 14).
 * Parallels follow Snyder's rule of thumb (p. 99): one sixth of the latitude range inside each limit.
 * - pakistan: 23.6°N–37.1°N → 25.9°N and 34.9°N, rounded to 26°N/35°N; meridian 69.5°E is the
 *   country's mid-longitude (60.9°E–77.8°E, Natural Earth bounds incl. Gilgit-Baltistan).
 * - china: 25°N/47°N on 105°E, the pair commonly used for maps of China
 *   (proj string `+proj=aea +lat_1=25 +lat_2=47 +lon_0=105`); the rule gives 24°N/47.6°N.
 * - both: the same parallels on 98°E, the middle of 60.5°E–135.5°E, so Pakistan is not sheared.
 * Extents add a margin to Natural Earth's bounds; Pakistan's reaches 80.5°E to show the whole of
 * the disputed Kashmir outline (Aksai Chin) drawn by kashmir.ts.
 */
export const projectionTable: Record<RegionPreset, ProjectionSpec> = {
  both: {
    centralMeridian: 98,
    parallels: [25, 47],
    extent: [
      [60.5, 17.5],
      [135.5, 54],
    ],
  },
  pakistan: {
    centralMeridian: 69.5,
    parallels: [26, 35],
    extent: [
      [60.5, 23.3],
      [80.5, 37.4],
    ],
  },
  china: {
    centralMeridian: 105,
    parallels: [25, 47],
    extent: [
      [73, 17.5],
      [135.5, 54],
    ],
  },
};

/**
 * Points along the edges of a lon/lat box. A conic bends parallels into arcs, so the box's corners
 * are not its projected extremes; fitting to edge samples keeps the whole box inside the frame.
 */
export function extentOutline(
  [[west, south], [east, north]]: readonly [LonLat, LonLat],
  steps = 24,
): MultiPoint {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= steps; i += 1) {
    const lon = west + ((east - west) * i) / steps;
    const lat = south + ((north - south) * i) / steps;
    coordinates.push([lon, south], [lon, north], [west, lat], [east, lat]);
  }
  return { type: 'MultiPoint', coordinates };
}

export interface FrameSize {
  width: number;
  height: number;
  /** Inner margin in pixels kept free around the fitted region. */
  padding?: number;
}

/** The preset's projection fitted to a frame; pure, so it can be tested and cached. */
export function fitProjection(
  preset: RegionPreset,
  { width, height, padding = 12 }: FrameSize,
): GeoProjection {
  const spec = projectionTable[preset];
  const pad = Math.min(padding, width / 4, height / 4);
  return geoConicEqualArea()
    .parallels([spec.parallels[0], spec.parallels[1]])
    .rotate([-spec.centralMeridian, 0])
    .fitExtent(
      [
        [pad, pad],
        [Math.max(pad + 1, width - pad), Math.max(pad + 1, height - pad)],
      ],
      extentOutline(spec.extent),
    );
}

const cache = new Map<string, GeoProjection>();
const CACHE_LIMIT = 12;

/** One projection per preset and frame size: resizing back and forth reuses earlier fits. */
export function projectionFor(preset: RegionPreset, size: FrameSize): GeoProjection {
  const key = `${preset}:${Math.round(size.width)}x${Math.round(size.height)}:${size.padding ?? 12}`;
  let projection = cache.get(key);
  if (!projection) {
    projection = fitProjection(preset, size);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value ?? key);
    cache.set(key, projection);
  }
  return projection;
}
