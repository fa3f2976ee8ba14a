export interface SparklineGeometry {
  path: string;
  last: { x: number; y: number };
  points: { x: number; y: number }[];
}

/**
 * Scales points (x = time position, y = value) into a width × height box with a small inset,
 * so the end marker is never clipped. Uneven spacing is kept: census and zone counts are irregular.
 */
export function toSparkline(
  points: readonly { position: number; value: number }[],
  width: number,
  height: number,
  inset = 3,
): SparklineGeometry | null {
  if (points.length < 2) return null;
  const xs = points.map((p) => p.position);
  const ys = points.map((p) => p.value);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const sx = (x: number) => inset + ((x - x0) / (x1 - x0 || 1)) * (width - 2 * inset);
  // A flat series sits in the middle rather than on the floor.
  const sy = (y: number) =>
    y1 === y0 ? height / 2 : height - inset - ((y - y0) / (y1 - y0)) * (height - 2 * inset);
  const scaled = points.map((p) => ({ x: round(sx(p.position)), y: round(sy(p.value)) }));
  const path = scaled.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join('');
  const last = scaled[scaled.length - 1] ?? { x: 0, y: 0 };
  return { path, last, points: scaled };
}

const round = (n: number) => Math.round(n * 10) / 10;
