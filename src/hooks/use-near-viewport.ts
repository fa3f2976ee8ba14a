import { startTransition, useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { takeIdleTurn } from '@/lib/idle-turns';

/** True where nothing can tell us what is on screen (jsdom) or when the page is being printed. */
const drawEverything = () =>
  typeof IntersectionObserver === 'undefined' ||
  (typeof window.matchMedia === 'function' && window.matchMedia('print').matches);

export interface NearViewportOptions {
  /** How far outside the viewport counts as near (IntersectionObserver's rootMargin). */
  margin: string;
  /**
   * Also true once the browser has a quiet moment for it (lib/idle-turns.ts), near or not: for
   * pieces cheap enough to draw one per moment, which a reader may then find with the browser's
   * search or a screen reader without scrolling to them first.
   */
  whenIdle?: boolean;
}

/**
 * True once the element comes within `margin` of the viewport, and from then on. It turns true in a
 * transition, so that React draws what it reveals in slices rather than one long task; before
 * printing it turns true at once, since a printout has no second chance to scroll.
 */
export function useNearViewport(
  box: RefObject<Element | null>,
  { margin, whenIdle = false }: NearViewportOptions,
) {
  const [near, setNear] = useState(drawEverything);

  useEffect(() => {
    const element = box.current;
    if (near || !element) return;
    const reveal = () => startTransition(() => setNear(true));
    const observer = new IntersectionObserver(
      (entries) => entries.some((e) => e.isIntersecting) && reveal(),
      {
        rootMargin: margin,
      },
    );
    // Printing cannot wait for a transition: the page is laid out for paper right after this.
    const show = () => flushSync(() => setNear(true));
    observer.observe(element);
    const print = window.matchMedia?.('print');
    window.addEventListener('beforeprint', show);
    print?.addEventListener?.('change', show);
    const cancelTurn = whenIdle ? takeIdleTurn(reveal) : undefined;
    return () => {
      observer.disconnect();
      cancelTurn?.();
      window.removeEventListener('beforeprint', show);
      print?.removeEventListener?.('change', show);
    };
  }, [near, box, margin, whenIdle]);

  return near;
}
