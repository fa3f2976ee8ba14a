import { describe, expect, it } from 'vitest';
import { loadCountryShapes } from './geo-features';
import { restate, toMapPaths } from './map-paths';
import { fitProjection } from './projection';

describe('map paths for one preset and size', () => {
  it('draws every kept country and the Kashmir outline as SVG path data, focus countries last', async () => {
    const paths = toMapPaths(await loadCountryShapes(), { preset: 'both', width: 800, height: 400 });
    expect(paths.countries.map((c) => c.name)).toEqual(
      expect.arrayContaining(['China', 'Pakistan', 'India']),
    );
    expect(paths.countries.at(-1)?.role).toBe('china');
    expect(paths.countries.find((c) => c.role === 'pakistan')?.d).toMatch(/^M[\d.-]+,[\d.-]+/);
    expect(paths.kashmir).toMatch(/^M[\d.-]+,[\d.-]+.*Z$/);
  });

  it('records the projection it was made with, the same one the page places markers with', async () => {
    const paths = toMapPaths(await loadCountryShapes(), { preset: 'pakistan', width: 375, height: 340 });
    const projection = fitProjection('pakistan', { width: 375, height: 340 });
    expect(paths.scale).toBe(projection.scale());
    expect(paths.translate).toEqual(projection.translate());
    expect(restate(paths, projection.scale(), projection.translate())).toBeUndefined();
  });

  it('scales paths made for one size exactly onto another size of the same preset', async () => {
    const small = toMapPaths(await loadCountryShapes(), { preset: 'china', width: 400, height: 300 });
    const large = fitProjection('china', { width: 1200, height: 700 });
    const transform = restate(small, large.scale(), large.translate());
    const [, tx, ty, k] =
      /translate\(([-\d.e]+),([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(transform ?? '') ?? [];
    const from = fitProjection('china', { width: 400, height: 300 });
    for (const lonLat of [
      [116.4, 39.9],
      [123.4, 41.8],
      [73.05, 33.7],
    ] as const) {
      const [x, y] = from([lonLat[0], lonLat[1]]) ?? [NaN, NaN];
      const [ex, ey] = large([lonLat[0], lonLat[1]]) ?? [NaN, NaN];
      expect(Number(tx) + Number(k) * x).toBeCloseTo(ex, 6);
      expect(Number(ty) + Number(k) * y).toBeCloseTo(ey, 6);
    }
  });
});
