import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Drawn when they come within about one screen of the viewport, above or below. */
const MARGIN = '100% 0px';

/** True where nothing can tell us what is on screen (jsdom) or when the page is being printed. */
const drawEverything = () =>
  typeof IntersectionObserver === 'undefined' ||
  (typeof window.matchMedia === 'function' && window.matchMedia('print').matches);

/**
 * Renders its children once they come near the viewport, and keeps them rendered after. Until
 * then an empty box of the given height holds their place, so nothing below moves when they draw.
 * Printing draws everything: a printout has no second chance to scroll.
 */
export function NearViewport({ height, children }: { height: number; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  const [near, setNear] = useState(drawEverything);

  // Before the first paint: what is already on or near the screen draws in the same frame.
  useLayoutEffect(() => {
    const rect = box.current?.getBoundingClientRect();
    if (rect && rect.top < window.innerHeight * 2 && rect.bottom > -window.innerHeight) setNear(true);
  }, []);

  useEffect(() => {
    if (near || !box.current) return;
    const show = () => setNear(true);
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && show(), {
      rootMargin: MARGIN,
    });
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
