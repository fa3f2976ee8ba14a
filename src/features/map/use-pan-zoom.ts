import { useCallback, useEffect, useState, type KeyboardEvent } from 'react';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent } from 'd3-zoom';
import { clampTransform, IDENTITY, ZOOM_LIMITS, type ZoomTransform } from './zoom-transform';

/** Pixels per arrow key press, and the zoom step of +/− and the buttons (√2: two presses double). */
const PAN_STEP = 60;
const ZOOM_STEP = Math.SQRT2;
/** A pointer moving less than this between down and up is a click, not a drag (touch jitter). */
const CLICK_SLOP = 5;

/**
 * d3-zoom does the gestures: drag with mouse or one finger, pinch with two, Ctrl/⌘ + wheel (plain
 * wheel scrolls the page, as a dashboard page should). No double-click zoom and no animated
 * transitions, so reduced motion needs nothing extra. The clicks that end a drag are swallowed
 * by d3, so a drag released over a marker does not select it.
 */
function createZoom() {
  return (
    zoom<SVGSVGElement, unknown>()
      .scaleExtent([ZOOM_LIMITS.min, ZOOM_LIMITS.max])
      // d3 needs the event's window; events made by scripts may have none, so they pan nothing.
      .filter(
        (e: MouseEvent) =>
          e.view !== null && (e.type === 'wheel' ? e.ctrlKey || e.metaKey : !e.ctrlKey && !e.button),
      )
      // d3 scales by 2^delta; this keeps the old feel of e^(−0.002·deltaY) per pixel of wheel.
      .wheelDelta(
        (e: WheelEvent) => (-e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002)) / Math.LN2,
      )
      .clickDistance(CLICK_SLOP)
      .constrain((t, extent) => {
        const c = clampTransform(t, extent[1][0] - extent[0][0], extent[1][1] - extent[0][1]);
        return zoomIdentity.translate(c.x, c.y).scale(c.k);
      })
  );
}

/**
 * Pan and zoom for the map frame, with arrows, +/−, 0 and the buttons on top of d3-zoom's gestures.
 * Returns the current transform for placing markers, labels and arcs in JS.
 * The transform resets whenever `resetKey` (preset and frame size) changes.
 */
export function usePanZoom(width: number, height: number, resetKey: string) {
  const [state, setState] = useState({ key: resetKey, t: IDENTITY });
  // Derived reset during render (React's "adjusting state when a prop changes").
  const t: ZoomTransform = state.key === resetKey ? state.t : IDENTITY;
  if (state.key !== resetKey) setState({ key: resetKey, t: IDENTITY });

  const [behaviour] = useState(createZoom);
  const [svg, setSvg] = useState<SVGSVGElement | null>(null);

  useEffect(() => {
    if (!svg) return;
    const selection = select(svg);
    behaviour.on('zoom', ({ transform }: D3ZoomEvent<SVGSVGElement, unknown>) =>
      setState((s) => ({ key: s.key, t: { k: transform.k, x: transform.x, y: transform.y } })),
    );
    selection
      .call(behaviour)
      .on('dblclick.zoom', null)
      // At a zoom limit d3 lets Ctrl + wheel through, which would zoom the whole page instead.
      .on('wheel.limit', (e: WheelEvent) => (e.ctrlKey || e.metaKey) && e.preventDefault(), {
        passive: false,
      });
    return () => {
      selection.on('.zoom', null).on('wheel.limit', null);
      behaviour.on('zoom', null);
    };
  }, [svg, behaviour]);

  // A new preset or frame size starts again from the fitted view.
  useEffect(() => {
    if (!svg) return;
    behaviour.extent([
      [0, 0],
      [width, height],
    ]);
    behaviour.transform(select(svg), zoomIdentity);
  }, [svg, behaviour, width, height, resetKey]);

  const zoomBy = useCallback(
    (factor: number) => svg && behaviour.scaleBy(select(svg), factor),
    [svg, behaviour],
  );
  const reset = useCallback(() => svg && behaviour.transform(select(svg), zoomIdentity), [svg, behaviour]);

  const onKeyDown = (e: KeyboardEvent<Element>) => {
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [PAN_STEP, 0],
      ArrowRight: [-PAN_STEP, 0],
      ArrowUp: [0, PAN_STEP],
      ArrowDown: [0, -PAN_STEP],
    };
    const move = moves[e.key];
    if (move && svg) {
      // translateBy works in map units: divide by the scale to move a fixed distance on screen.
      const k = zoomTransform(svg).k;
      behaviour.translateBy(select(svg), move[0] / k, move[1] / k);
    } else if (e.key === '+' || e.key === '=') zoomBy(ZOOM_STEP);
    else if (e.key === '-' || e.key === '_') zoomBy(1 / ZOOM_STEP);
    else if (e.key === '0') reset();
    else return;
    e.preventDefault();
  };

  return {
    t,
    zoomIn: () => zoomBy(ZOOM_STEP),
    zoomOut: () => zoomBy(1 / ZOOM_STEP),
    reset,
    attachSvg: setSvg,
    onKeyDown,
  };
}
