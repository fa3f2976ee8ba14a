// node scripts/prepare-map-geometry.mjs: writes src/features/map/corridor-countries.json, the only
// geometry the map loads. Source: Natural Earth 1:50m countries from world-atlas (a devDependency).
// 1. Keep the countries the map draws: China, Pakistan and every neighbour whose bounds touch the
//    context box (Iran to Japan, Sri Lanka to Siberia), and of those only the polygons near the
//    views the map offers (no metropolitan France, no Réunion).
// 2. Simplify (Visvalingam, spherical triangle areas) by how closely each part is looked at. The
//    Pakistan preset shows about 1.2 km per pixel on a 1920 px projector and zooms 16× from there:
//    around Pakistan nothing is simplified (the 1:50m source's own borders). The China and
//    both-countries presets show 3.6 km per pixel or more: inside their extent triangles under
//    16 km² go (about 1 px at 1×). Faded context beyond every preset (Arctic Russia, Arabia,
//    Indonesia) loses triangles under 400 km².
// 3. Quantise to 60,000 steps across the kept bounds (Russia spans the antimeridian, so 360°:
//    0.006°, about 0.7 km), below what any preset resolves at 1× zoom.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { geoBounds } from 'd3-geo';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';

const require = createRequire(import.meta.url);
const SOURCE = require.resolve('world-atlas/countries-50m.json');
const OUTPUT = new URL('../src/features/map/corridor-countries.json', import.meta.url);

/** Countries whose bounds touch this box are drawn (the rule the map used at run time before). */
const CONTEXT = { west: 44, east: 150, south: 0, north: 60 };
/** Polygons entirely outside this box are never on screen in any preset, even panned to the edge. */
const VIEW = { west: 25, east: 175, south: -10, north: 80 };
/** Detail tiers: the Pakistan preset's extent (+margin), then the China and both-countries extent. */
const FINE = { west: 58, east: 82, south: 22, north: 39 };
const MID = { west: 58, east: 138, south: 15, north: 56 };
const MIN_WEIGHT = 1e-7; // steradians: 1e-7 × 6371² ≈ 4 km², scaled by `weight` below
const QUANTISATION = 60_000;

const inside = ([lon, lat], box) =>
  lon >= box.west && lon <= box.east && lat >= box.south && lat <= box.north;

function touches(geometry, box) {
  const [[west, south], [east, north]] = geoBounds(geometry);
  if (north < box.south || south > box.north) return false;
  // geoBounds gives west > east for shapes crossing the antimeridian (Russia as a whole).
  if (west > east) return west <= box.east || east >= box.west;
  return west <= box.east && east >= box.west;
}

function keptCountries(world) {
  return feature(world, world.objects.countries).features.flatMap((f) => {
    if (!touches(f, CONTEXT)) return [];
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const near = polygons.filter((coordinates) => touches({ type: 'Polygon', coordinates }, VIEW));
    if (near.length === 0) return [];
    const geometry = { type: 'MultiPolygon', coordinates: near };
    // Units without an ISO code (Siachen Glacier, Somaliland) get their name as id: left out, they
    // would be holes in the land.
    const id = f.id === undefined ? f.properties.name.toLowerCase().replace(/\W+/g, '-') : String(f.id);
    return [{ type: 'Feature', id, properties: { name: f.properties.name }, geometry }];
  });
}

const weight = (triangle) => {
  const middle = triangle[1];
  const scale = inside(middle, FINE) ? Infinity : inside(middle, MID) ? 1 / 4 : 1 / 100;
  return sphericalTriangleArea(triangle) * scale;
};

const world = JSON.parse(readFileSync(SOURCE, 'utf8'));
const countries = keptCountries(world);
const simplified = simplify(
  presimplify(topology({ countries: { type: 'FeatureCollection', features: countries } }), weight),
  MIN_WEIGHT,
);
const out = quantize(simplified, QUANTISATION);
const text = JSON.stringify(out);
writeFileSync(OUTPUT, `${text}\n`);

const kb = (s) => (gzipSync(s, { level: 9 }).length / 1000).toFixed(1);
const points = out.arcs.reduce((n, arc) => n + arc.length, 0);
console.log(
  `${countries.length} countries, ${points} points: ${(text.length / 1000).toFixed(0)} KB, ${kb(text)} KB gzip ` +
    `(world-atlas 1:50m: ${kb(readFileSync(SOURCE))} KB gzip)`,
);
