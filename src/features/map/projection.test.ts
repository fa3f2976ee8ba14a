import { describe, expect, it } from 'vitest';
import { extentOutline, fitProjection, projectionFor, projectionTable, regionPresets } from './projection';

const frame = { width: 800, height: 400, padding: 12 };

describe('fitProjection', () => {
  it.each(regionPresets)(
    '%s: the whole extent lies inside the padded frame and fills one dimension',
    (preset) => {
      const projection = fitProjection(preset, frame);
      const points = extentOutline(projectionTable[preset].extent).coordinates.map((p) => {
        const xy = projection([p[0] ?? 0, p[1] ?? 0]);
        if (!xy) throw new Error(`cannot project ${p.join(',')}`);
        return xy;
      });
      const xs = points.map((p) => p[0]);
      const ys = points.map((p) => p[1]);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      expect(minX).toBeGreaterThanOrEqual(12 - 0.5);
      expect(maxX).toBeLessThanOrEqual(800 - 12 + 0.5);
      expect(minY).toBeGreaterThanOrEqual(12 - 0.5);
      expect(maxY).toBeLessThanOrEqual(400 - 12 + 0.5);
      const fillsWidth = Math.abs(maxX - minX - 776) < 1;
      const fillsHeight = Math.abs(maxY - minY - 376) < 1;
      expect(fillsWidth || fillsHeight).toBe(true);
    },
  );

  it('keeps north up on the central meridian and puts Shenyang east and north of Karachi', () => {
    const projection = fitProjection('both', frame);
    const [x1, y1] = projection([98, 30]) ?? [0, 0];
    const [x2, y2] = projection([98, 40]) ?? [0, 0];
    expect(x2).toBeCloseTo(x1, 6);
    expect(y2).toBeLessThan(y1);
    const karachi = projection([67.01, 24.86]) ?? [0, 0];
    const shenyang = projection([123.43, 41.8]) ?? [0, 0];
    expect(shenyang[0]).toBeGreaterThan(karachi[0]);
    expect(shenyang[1]).toBeLessThan(karachi[1]);
  });

  it('uses the documented standard parallels and central meridian', () => {
    const projection = fitProjection('pakistan', frame);
    expect(projection.rotate()[0]).toBe(-69.5);
    expect(projectionTable.pakistan.parallels).toEqual([26, 35]);
    expect(projectionTable.china.parallels).toEqual([25, 47]);
  });

  it('shows Pakistan larger in its own preset than in the corridor view', () => {
    const span = (preset: 'both' | 'pakistan') => {
      const p = fitProjection(preset, frame);
      return (p([77, 30]) ?? [0, 0])[0] - (p([61, 30]) ?? [0, 0])[0];
    };
    expect(span('pakistan')).toBeGreaterThan(span('both') * 2.5);
  });

  it('survives frames smaller than the padding', () => {
    const projection = fitProjection('both', { width: 10, height: 10, padding: 12 });
    expect(Number.isFinite(projection.scale())).toBe(true);
  });
});

describe('projectionFor', () => {
  it('returns the cached projection for the same preset and size, a new one for another size', () => {
    const a = projectionFor('china', frame);
    expect(projectionFor('china', { ...frame })).toBe(a);
    expect(projectionFor('china', { ...frame, width: 801 })).not.toBe(a);
  });
});
