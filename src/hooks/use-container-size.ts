import { useCallback, useRef, useState } from 'react';

export interface Size {
  width: number;
  height: number;
}

/**
 * The size of an element, kept current by a ResizeObserver (jsdom has no layout; test/setup-integration.ts
 * stubs the observer to report 800×400). Null until the first measurement. Rounded to whole
 * pixels so sub-pixel jitter does not re-project the map.
 */
export function useContainerSize<T extends Element>(): [(element: T | null) => void, Size | null] {
  const [size, setSize] = useState<Size | null>(null);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    observer.current = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      if (!rect) return;
      const next = { width: Math.round(rect.width), height: Math.round(rect.height) };
      setSize((prev) => (prev && prev.width === next.width && prev.height === next.height ? prev : next));
    });
    observer.current.observe(element);
  }, []);
  return [ref, size];
}
