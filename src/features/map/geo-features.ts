import { geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { RegionPreset } from './projection';

/** ISO 3166-1 numeric codes, which world-atlas uses as feature ids. */
export const PAKISTAN_ID = '586';
export const CHINA_ID = '156';

type CountryRole = 'china' | 'pakistan' | 'neighbour';

export interface CountryShape {
  id: string;
  name: string;
  role: CountryRole;
  feature: Feature<Geometry>;
}

const roleOf = (id: string): CountryRole =>
  id === CHINA_ID ? 'china' : id === PAKISTAN_ID ? 'pakistan' : 'neighbour';

const ROLE_ORDER: Record<CountryRole, number> = { neighbour: 0, pakistan: 1, china: 2 };

/** The prepared Natural Earth topology → the shapes the map draws, focus countries last. */
function toCountryShapes(topology: Topology): CountryShape[] {
  const countries = topology.objects.countries as GeometryCollection<{ name?: string }> | undefined;
  if (!countries || countries.type !== 'GeometryCollection') {
    throw new Error('map topology has no "countries" collection');
  }
  return feature(topology, countries)
    .features.filter((f) => f.id !== undefined)
    .map((f) => {
      const id = String(f.id);
      return { id, name: f.properties?.name ?? id, role: roleOf(id), feature: f };
    })
    .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
}

let shapes: Promise<CountryShape[]> | null = null;

/**
 * Loads the map's outlines once per session: only the countries it draws, simplified for its zoom
 * levels by scripts/prepare-map-geometry.mjs (about 26 KB gzip instead of the world's 230 KB). A
 * dynamic import, so the chunk is fetched only when a map is first shown.
 */
export function loadCountryShapes(): Promise<CountryShape[]> {
  shapes ??= import('./corridor-countries.json')
    .then((mod) => toCountryShapes(mod.default as unknown as Topology))
    .catch((error: unknown) => {
      shapes = null;
      throw error;
    });
  return shapes;
}

export interface CountryPath {
  id: string;
  name: string;
  role: CountryRole;
  d: string;
}

const pathCache = new WeakMap<CountryShape[], Map<string, CountryPath[]>>();
const PATHS_PER_SHAPES = 8;

/** SVG path data for every country, projected once per (shapes, preset, frame size) and cached. */
export function projectCountries(
  list: CountryShape[],
  projection: GeoProjection,
  key: `${RegionPreset}:${number}x${number}`,
): CountryPath[] {
  let byKey = pathCache.get(list);
  if (!byKey) {
    byKey = new Map();
    pathCache.set(list, byKey);
  }
  const cached = byKey.get(key);
  if (cached) return cached;
  const path = geoPath(projection);
  const out = list.flatMap(({ id, name, role, feature: f }) => {
    const d = path(f);
    return d ? [{ id, name, role, d }] : [];
  });
  if (byKey.size >= PATHS_PER_SHAPES) byKey.delete(byKey.keys().next().value ?? key);
  byKey.set(key, out);
  return out;
}
