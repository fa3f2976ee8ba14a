import { elementScroll, observeElementRect, type Rect, type Virtualizer } from '@tanstack/react-virtual';

// How the Explore table's virtualiser reads and moves its scroller: as TanStack Virtual does, without
// the two reads that forced a layout of the whole new table inside React's commit.

/** Used when the scroller has no layout (print preview, a hidden tab, jsdom): show the first page of rows. */
export const FALLBACK_RECT = { width: 1000, height: 560 };

/**
 * The scroller's size, from a ResizeObserver alone. TanStack Virtual's own observer also reads it at
 * once when the table mounts, which made the browser lay out the whole new table inside React's
 * commit (55 ms of a slow phone's main thread). The observer reports after the browser's own layout,
 * before paint; the fallback size stands until then.
 */
export function observeScroller(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) {
  const report = (rect: Rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT);
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return observeElementRect(instance, report);
  const observer = new ResizeObserver(() =>
    report({ width: element.clientWidth, height: element.clientHeight }),
  );
  observer.observe(element);
  return () => observer.disconnect();
}

const placed = new WeakSet<Element>();
/**
 * Scrolls as TanStack Virtual asks, except the first time for a new scroller when that is to the
 * top, where it already is: the scroll made the browser lay out the new table inside React's commit
 * (57 ms of a slow phone's main thread), to move nothing.
 */
export const scrollTo: typeof elementScroll = (offset, options, instance) => {
  const element = instance.scrollElement;
  const first = element !== null && !placed.has(element);
  if (element) placed.add(element);
  if (first && offset + (options.adjustments ?? 0) === 0) return;
  elementScroll(offset, options, instance);
};
