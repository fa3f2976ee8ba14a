import { useCallback, useDeferredValue, useLayoutEffect, useRef } from 'react';

/** However long the value keeps changing, a wait for the deferred render ends after this. */
const MAX_WAIT_MS = 3000;

/**
 * `useDeferredValue`, with a way to wait until what is on screen shows the latest value: for code
 * that reads the rendered page (printing, exports) right after the figures settle, when the
 * deferred render of the last answer may still be pending. `settled()` resolves at the first commit
 * that shows the latest value, at once if the last one did, or after MAX_WAIT_MS.
 */
export function useDeferredSettled<T>(value: T): { shown: T; settled: () => Promise<void> } {
  const shown = useDeferredValue(value);
  const committed = useRef({ value, shown });
  const waiting = useRef<(() => void)[]>([]);

  useLayoutEffect(() => {
    committed.current = { value, shown };
    if (value !== shown) return;
    const ready = waiting.current;
    waiting.current = [];
    for (const resolve of ready) resolve();
  });

  const settled = useCallback(() => {
    if (committed.current.value === committed.current.shown) return Promise.resolve();
    return new Promise<void>((resolve) => {
      waiting.current.push(resolve);
      setTimeout(resolve, MAX_WAIT_MS);
    });
  }, []);

  return { shown, settled };
}
