import { describe, expect, it } from 'vitest';
import { applyTransform, clampTransform, IDENTITY } from './zoom-transform';

describe('zoom transform', () => {
  it('places a projected point on screen', () => {
    expect(applyTransform(IDENTITY, [200, 100])).toEqual([200, 100]);
    expect(applyTransform({ k: 2, x: -200, y: -100 }, [200, 100])).toEqual([200, 100]);
  });

  it('stops at 1× and 16×', () => {
    expect(clampTransform({ k: 0.5, x: 0, y: 0 }, 800, 400).k).toBe(1);
    expect(clampTransform({ k: 48, x: 0, y: 0 }, 800, 400).k).toBe(16);
  });

  it('never pans the map out of the frame: its centre stays over the map', () => {
    expect(clampTransform({ k: 1, x: 5000, y: -5000 }, 800, 400)).toEqual({ k: 1, x: 400, y: -200 });
    const t = clampTransform({ k: 4, x: -9999, y: 9999 }, 800, 400);
    expect(t).toEqual({ k: 4, x: 400 - 3200, y: 200 });
  });
});
