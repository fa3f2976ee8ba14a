import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { IDENTITY, panBy, zoomAt, type ZoomTransform } from './zoom-transform';

/** Pixels per arrow key press, and the zoom step of +/− and the buttons (√2: two presses double). */
const PAN_STEP = 60;
const ZOOM_STEP = Math.SQRT2;
/** A pointer moving less than this between down and up is a click, not a drag (touch jitter). */
const CLICK_SLOP = 5;

/**
 * Pan and zoom for the map frame: drag with mouse or one finger, pinch with two, Ctrl/⌘ + wheel
 * (plain wheel scrolls the page, as a dashboard page should), arrows, +/−, 0, and buttons.
 * The transform resets whenever `resetKey` (preset and frame size) changes.
 */
export function usePanZoom(width: number, height: number, resetKey: string) {
  const [state, setState] = useState({ key: resetKey, t: IDENTITY });
  // Derived reset during render (React's "adjusting state when a prop changes").
  const t = state.key === resetKey ? state.t : IDENTITY;
  if (state.key !== resetKey) setState({ key: resetKey, t: IDENTITY });
  const update = useCallback(
    (next: (t: ZoomTransform) => ZoomTransform) => setState((s) => ({ key: s.key, t: next(s.t) })),
    [],
  );

  const zoom = useCallback(
    (factor: number, at: readonly [number, number] = [width / 2, height / 2]) =>
      update((prev) => zoomAt(prev, factor, at, width, height)),
    [update, width, height],
  );
  const pan = useCallback(
    (dx: number, dy: number) => update((prev) => panBy(prev, dx, dy, width, height)),
    [update, width, height],
  );
  const reset = useCallback(() => update(() => IDENTITY), [update]);

  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const travelled = useRef(0);
  const onPointerDown = (e: PointerEvent<Element>) => {
    if (e.button !== 0 && e.pointerType === 'mouse') return;
    pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
    travelled.current = 0;
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const prev = pointers.current.get(e.pointerId);
    if (!prev) return;
    const here = { x: e.clientX, y: e.clientY };
    const others = [...pointers.current.entries()].filter(([id]) => id !== e.pointerId);
    const other = others[0]?.[1];
    if (other) {
      // Pinch: scale by the change in finger distance about the midpoint.
      const before = Math.hypot(prev.x - other.x, prev.y - other.y);
      const after = Math.hypot(here.x - other.x, here.y - other.y);
      const box = e.currentTarget.getBoundingClientRect();
      travelled.current = CLICK_SLOP + 1; // a pinch ending on a marker is not a tap on it
      if (before > 0)
        zoom(after / before, [(here.x + other.x) / 2 - box.left, (here.y + other.y) / 2 - box.top]);
    } else if (pointers.current.size === 1) {
      travelled.current += Math.hypot(here.x - prev.x, here.y - prev.y);
      if (travelled.current > CLICK_SLOP) {
        if (!e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.setPointerCapture(e.pointerId);
        pan(here.x - prev.x, here.y - prev.y);
      }
    }
    pointers.current.set(e.pointerId, here);
  };
  const onPointerEnd = (e: PointerEvent<Element>) => {
    pointers.current.delete(e.pointerId);
  };
  /** True right after a drag: the click that ends a drag must not select a marker. */
  const wasDrag = useCallback(() => travelled.current > CLICK_SLOP, []);

  const onKeyDown = (e: KeyboardEvent<Element>) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const move = moves[e.key];
    if (move) pan(...move);
    else if (e.key === '+' || e.key === '=') zoom(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') zoom(1 / ZOOM_STEP);
    else if (e.key === '0') reset();
    else return;
    e.preventDefault();
  };

  // React registers wheel listeners as passive; zooming must cancel the page scroll, so attach by hand.
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);
  useEffect(() => {
    if (!svg) return;
    const onWheel = (e: WheelEvent) => {
      if (!e.ctrlKey && !e.metaKey) return;
      e.preventDefault();
      const box = svg.getBoundingClientRect();
      zoom(Math.exp(-e.deltaY * 0.002), [e.clientX - box.left, e.clientY - box.top]);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svg, zoom]);

  return {
    t,
    zoomIn: () => zoom(ZOOM_STEP),
    zoomOut: () => zoom(1 / ZOOM_STEP),
    reset,
    wasDrag,
    attachSvg: setSvg,
    svgHandlers: { onPointerDown, onPointerMove, onPointerUp: onPointerEnd, onPointerCancel: onPointerEnd },
    onKeyDown,
  };
}
