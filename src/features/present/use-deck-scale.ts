import { useEffect, useState } from 'react';
import { SLIDE_HEIGHT, SLIDE_WIDTH } from '@/components/slide-spec';

/** Height of the control bar at the bottom, kept free of the slide (px). */
const BAR_HEIGHT = 44;

/** The slide's scale to fit the window, leaving room for the control bar unless in full screen. */
export function useDeckScale(full: boolean): number {
  const [scale, setScale] = useState(1);
  useEffect(() => {
    const fitToWindow = () =>
      setScale(
        Math.max(
          0.1,
          Math.min(
            window.innerWidth / SLIDE_WIDTH,
            (window.innerHeight - (full ? 0 : BAR_HEIGHT)) / SLIDE_HEIGHT,
          ),
        ),
      );
    fitToWindow();
    window.addEventListener('resize', fitToWindow);
    return () => window.removeEventListener('resize', fitToWindow);
  }, [full]);
  return scale;
}
