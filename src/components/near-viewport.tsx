import { startTransition, useEffect, useRef, useState, type ReactNode } from 'react';
import { flushSync } from 'react-dom';

/**
 * Drawn when they come within a tenth of a screen of the viewport, above or below: a page draws the
 * charts its reader can see, and the next one as it scrolls into reach, not the ones a whole screen
 * away (Recharts costs a slow phone ~0.7 s of main thread per chart; on a phone the charts pages'
 * first chart starts just below the first screen).
 */
const MARGIN = '10% 0px';

/** True where nothing can tell us what is on screen (jsdom) or when the page is being printed. */
const drawEverything = () =>
  typeof IntersectionObserver === 'undefined' ||
  (typeof window.matchMedia === 'function' && window.matchMedia('print').matches);

/**
 * Renders its children once they come near the viewport, and keeps them rendered after. Until
 * then an empty box of the given height holds their place, so nothing below moves when they draw.
 * Even those on screen draw just after the first paint, in a transition, so that several charts
 * never block the main thread in one long task.
 * Printing draws everything: a printout has no second chance to scroll.
 */
export function NearViewport({ height, children }: { height: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(drawEverything);

  useEffect(() => {
    if (near || !box.current) return;
    // A transition: React draws the charts in slices between frames instead of one long task.
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && startTransition(() => setNear(true)),
      { rootMargin: MARGIN },
    );
    // Printing cannot wait for a transition: the page is laid out for paper right after this.
    const show = () => flushSync(() => setNear(true));
    observer.observe(box.current);
    const print = window.matchMedia?.('print');
    window.addEventListener('beforeprint', show);
    print?.addEventListener?.('change', show);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', show);
      print?.removeEventListener?.('change', show);
    };
  }, [near]);

  if (near) return <>{children}</>;
  return <div ref={box} className="near-viewport" style={{ height }} aria-hidden="true" />;
}
