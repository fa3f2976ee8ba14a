import { useEffect, useState } from 'react';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '@/components/slide-spec';

/** Height of the control bar at the bottom, kept free of the slide (px). */
const BAR_HEIGHT = 44;

const windowSize = () => ({ width: window.innerWidth, height: window.innerHeight });

/** The slide's scale to fit the window, leaving room for the control bar unless in full screen. */
export function useDeckScale(full: boolean): number {
  // Read while rendering and on resize, never in a mount effect: there, reading the window's size
  // makes the browser lay out the whole new deck at once, inside the effect (40 ms on a phone).
  const [size, setSize] = useState(windowSize);
  useEffect(() => {
    const onResize = () => setSize(windowSize());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return Math.max(
    0.1,
    Math.min(size.width / SLIDE_WIDTH, (size.height - (full ? 0 : BAR_HEIGHT)) / SLIDE_HEIGHT),
  );
}
