/** Screen = k · projected + (x, y). Markers, labels and arcs are placed through it in JS. */
export interface ZoomTransform {
  k: number;
  x: number;
  y: number;
}

export const IDENTITY: ZoomTransform = { k: 1, x: 0, y: 0 };

/** From the fitted preset (1×) to street-free city level (16×): enough to part Islamabad from Rawalpindi. */
export const ZOOM_LIMITS = { min: 1, max: 16 } as const;

/**
 * Keeps the zoom within its limits and the frame's centre over the map, so panning can never lose
 * the map entirely. d3-zoom applies it to every gesture (its `constrain`).
 */
export function clampTransform(t: ZoomTransform, width: number, height: number): ZoomTransform {
  const k = Math.min(ZOOM_LIMITS.max, Math.max(ZOOM_LIMITS.min, t.k));
  const clampAxis = (v: number, size: number) => Math.min(size / 2, Math.max(size / 2 - k * size, v));
  return { k, x: clampAxis(t.x, width), y: clampAxis(t.y, height) };
}

export const applyTransform = (t: ZoomTransform, [x, y]: readonly [number, number]): [number, number] => [
  t.k * x + t.x,
  t.k * y + t.y,
];
