import { useRef, type ReactNode } from 'react';
import { useNearViewport } from '@/hooks/use-near-viewport';

/**
 * Drawn when they come within a tenth of a screen of the viewport, above or below: a page draws the
 * charts its reader can see, and the next one as it scrolls into reach, not the ones a whole screen
 * away (Recharts costs a slow phone ~0.7 s of main thread per chart; on a phone the charts pages'
 * first chart starts just below the first screen).
 */
const MARGIN = '10% 0px';

/**
 * Renders its children once they come near the viewport, and keeps them rendered after. Until
 * then an empty box of the given height holds their place, so nothing below moves when they draw.
 * Even those on screen draw just after the first paint, in a transition, so that several charts
 * never block the main thread in one long task. Printing draws everything.
 */
export function NearViewport({ height, children }: { height: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const near = useNearViewport(box, { margin: MARGIN });
  if (near) return <>{children}</>;
  return <div ref={box} className="near-viewport" style={{ height }} aria-hidden="true" />;
}
