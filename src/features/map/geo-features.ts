import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

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
export function toCountryShapes(topology: Topology): CountryShape[] {
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
 * Loads the map's outlines once per session on the main thread: only the countries it draws,
 * simplified for its zoom levels by scripts/prepare-map-geometry.mjs (about 26 KB gzip instead of
 * the world's 230 KB). Only where there is no worker (map-paths-query.ts); the worker has its own copy.
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
