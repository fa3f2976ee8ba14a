import { geoPath } from 'd3-geo';
import type { CountryPath, CountryShape } from './geo-features';
import { kashmirOutline } from './kashmir';
import { fitProjection, type RegionPreset } from './projection';

/** What the map needs from the projection to draw its outlines: SVG path data for one preset and size. */
export interface MapPaths {
  preset: RegionPreset;
  width: number;
  height: number;
  /** The fitted projection's scale and translate, so the paths can stand in at another size. */
  scale: number;
  translate: readonly [number, number];
  countries: CountryPath[];
  kashmir: string;
}

export interface MapPathsRequest {
  preset: RegionPreset;
  width: number;
  height: number;
}

/**
 * Projects every outline for one preset and frame size. Pure and the same wherever it runs: in the
 * map's worker (country-paths.worker.ts) or, where there are no workers (jsdom), on the main thread.
 */
export function toMapPaths(
  shapes: readonly CountryShape[],
  { preset, width, height }: MapPathsRequest,
): MapPaths {
  const projection = fitProjection(preset, { width, height });
  const path = geoPath(projection);
  const countries = shapes.flatMap(({ id, name, role, feature }) => {
    const d = path(feature);
    return d ? [{ id, name, role, d }] : [];
  });
  const [x, y] = projection.translate();
  return {
    preset,
    width,
    height,
    scale: projection.scale(),
    translate: [x, y],
    countries,
    kashmir: path(kashmirOutline) ?? '',
  };
}

/**
 * The SVG transform that puts paths projected for one size where the projection for another size
 * would have drawn them. A fitted projection differs between sizes of one preset only in scale and
 * translate, so this is exact; the map shows earlier paths this way while the new ones are made.
 */
export function restate(
  paths: MapPaths,
  scale: number,
  [x, y]: readonly [number, number],
): string | undefined {
  if (paths.scale === scale && paths.translate[0] === x && paths.translate[1] === y) return undefined;
  const k = scale / paths.scale;
  return `translate(${x - k * paths.translate[0]},${y - k * paths.translate[1]}) scale(${k})`;
}
