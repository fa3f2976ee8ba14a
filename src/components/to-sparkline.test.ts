import { describe, expect, it } from 'vitest';
import { toSparkline } from './to-sparkline';

describe('toSparkline', () => {
  it('maps the lowest value to the bottom and the highest to the top, inside the inset', () => {
    const g = toSparkline(
      [
        { position: 2020, value: 10 },
        { position: 2021, value: 30 },
        { position: 2022, value: 20 },
      ],
      100,
      40,
      0,
    );
    expect(g?.path).toBe('M0,40L50,0L100,20');
    expect(g?.last).toEqual({ x: 100, y: 20 });
  });

  it('keeps irregular spacing in time', () => {
    const g = toSparkline(
      [
        { position: 2022.5, value: 5 },
        { position: 2024.6, value: 16 },
        { position: 2025.5, value: 23 },
      ],
      300,
      10,
      0,
    );
    expect(g?.points.map((p) => p.x)).toEqual([0, 210, 300]);
  });

  it('draws a flat series across the middle and needs two points', () => {
    expect(
      toSparkline(
        [
          { position: 1, value: 3 },
          { position: 2, value: 3 },
        ],
        10,
        10,
        0,
      )?.path,
    ).toBe('M0,5L10,5');
    expect(toSparkline([{ position: 1, value: 3 }], 10, 10)).toBeNull();
  });
});
