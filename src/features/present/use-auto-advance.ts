import { useEffect, useRef } from 'react';

/**
 * Calls `advance` once the interval has passed on a slide. The timer restarts on every slide
 * change, so a slide reached by hand gets its full time too.
 */
export function useAutoAdvance(
  seconds: number | null,
  paused: boolean,
  slide: number,
  advance: () => void,
): void {
  const latest = useRef(advance);
  useEffect(() => {
    latest.current = advance;
  });
  useEffect(() => {
    if (seconds === null || paused) return;
    const timer = window.setTimeout(() => latest.current(), seconds * 1000);
    return () => window.clearTimeout(timer);
  }, [seconds, paused, slide]);
}
