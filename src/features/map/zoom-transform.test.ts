import { describe, expect, it } from 'vitest';
import { applyTransform, clampTransform, IDENTITY, panBy, zoomAt } from './zoom-transform';

describe('zoom transform', () => {
  it('zooms about a point, which stays put', () => {
    const t = zoomAt(IDENTITY, 2, [200, 100], 800, 400);
    expect(t.k).toBe(2);
    expect(applyTransform(t, [200, 100])).toEqual([200, 100]);
  });

  it('stops at 1× and 16×', () => {
    expect(zoomAt(IDENTITY, 0.5, [0, 0], 800, 400).k).toBe(1);
    expect(zoomAt({ k: 12, x: 0, y: 0 }, 4, [400, 200], 800, 400).k).toBe(16);
  });

  it('never pans the map out of the frame: its centre stays over the map', () => {
    expect(panBy(IDENTITY, 5000, -5000, 800, 400)).toEqual({ k: 1, x: 400, y: -200 });
    const t = clampTransform({ k: 4, x: -9999, y: 9999 }, 800, 400);
    expect(t).toEqual({ k: 4, x: 400 - 3200, y: 200 });
  });
});
