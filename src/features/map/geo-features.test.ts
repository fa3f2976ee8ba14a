import { geoArea } from 'd3-geo';
import { describe, expect, it } from 'vitest';
import { CHINA_ID, loadCountryShapes, PAKISTAN_ID } from './geo-features';
import { inKashmir, kashmirOutline } from './kashmir';

describe('country shapes prepared from Natural Earth', () => {
  it('keeps China, Pakistan and their neighbours, focus countries drawn last', async () => {
    const shapes = await loadCountryShapes();
    const names = shapes.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['China', 'Pakistan', 'India', 'Afghanistan', 'Mongolia']));
    expect(names).not.toContain('Brazil');
    // Metropolitan France and Réunion are never on screen, so they are not shipped.
    expect(names).not.toContain('France');
    expect(shapes.at(-1)?.id).toBe(CHINA_ID);
    expect(shapes.at(-2)?.id).toBe(PAKISTAN_ID);
    expect(await loadCountryShapes()).toBe(shapes);
  });
});

describe('approximate Kashmir outline', () => {
  it('is a small clockwise polygon (not the rest of the globe) of roughly the region’s size', () => {
    const km2 = geoArea(kashmirOutline) * 6371 ** 2;
    // The region is about 222,000 km² (Britannica, "Kashmir"); a coarse sketch within ±25% is fine.
    expect(km2).toBeGreaterThan(222_000 * 0.75);
    expect(km2).toBeLessThan(222_000 * 1.25);
  });

  it('contains Gilgit, Mirpur, Srinagar, Leh and Aksai Chin; not Islamabad, Lahore or Peshawar', () => {
    for (const [lon, lat] of [
      [74.31, 35.92],
      [73.75, 33.15],
      [74.8, 34.08],
      [77.58, 34.16],
      [79.5, 35.2],
    ] as const)
      expect(inKashmir(lon, lat)).toBe(true);
    for (const [lon, lat] of [
      [73.04, 33.72],
      [74.35, 31.56],
      [71.58, 34.01],
    ] as const)
      expect(inKashmir(lon, lat)).toBe(false);
  });
});
