import { useEffect, useState } from 'react';

/** The current time, re-read every second while `active` (countdowns, "still loading"). */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [active]);
  return now;
}

/** Callbacks waiting for one moment, rounded to this many ms: panels that mount together share a timer. */
const BUCKET_MS = 100;
const waiting = new Map<number, Set<() => void>>();

/**
 * Calls `callback` about `ms` from now (up to BUCKET_MS late); returns the cancel. The fourteen
 * loading cards of the overview mount in one task: one timer for them all, where one each cost a
 * phone's main thread 6 ms of setting and clearing timers in that task.
 */
export function afterElapsed(ms: number, callback: () => void): () => void {
  const at = Math.ceil((performance.now() + ms) / BUCKET_MS) * BUCKET_MS;
  let callbacks = waiting.get(at);
  if (!callbacks) {
    const bucket = new Set<() => void>();
    waiting.set(at, bucket);
    setTimeout(() => {
      waiting.delete(at);
      bucket.forEach((call) => call());
    }, at - performance.now());
    callbacks = bucket;
  }
  const own = callbacks;
  own.add(callback);
  return () => own.delete(callback);
}

/**
 * True once `ms` have passed since the component mounted: a shared timer (`afterElapsed`), where a
 * clock (`useNow`) would re-render every loading panel of a page every second.
 */
export function useElapsed(ms: number): boolean {
  const [elapsed, setElapsed] = useState(false);
  useEffect(() => afterElapsed(ms, () => setElapsed(true)), [ms]);
  return elapsed;
}
