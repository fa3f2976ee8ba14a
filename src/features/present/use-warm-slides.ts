import { startTransition, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { takeIdleTurn } from '@/lib/idle-turns';

/**
 * The slide to render next while the deck is idle: the shown one, then the next, then the previous
 * (where the presenter is going). Null when those are rendered: slides further away wait until the
 * presenter comes near them, or for print and the exports (a chart slide is hundreds of ms of work
 * on a phone, so rendering all of them up front would block the deck for seconds).
 */
export function nextToWarm(warm: ReadonlySet<number>, count: number, current: number): number | null {
  for (const n of [current, current + 1, current - 1]) {
    if (n >= 1 && n <= count && !warm.has(n)) return n;
  }
  return null;
}

const nextFrames = () =>
  new Promise<void>((resolve) => {
    window.requestAnimationFrame(() => window.requestAnimationFrame(() => window.setTimeout(resolve, 150)));
  });

/**
 * Which slides have their bodies rendered. The shown slide renders at once, its neighbours in idle
 * time, so the first paint and each step stay short and the next slide is ready before the
 * presenter gets there; a slide once rendered stays. Printing (the browser's own print too) and the
 * exports render every slide first: `renderAll` resolves once the charts have had frames to draw.
 */
export function useWarmSlides(count: number, current: number) {
  const [warm, setWarm] = useState<ReadonlySet<number>>(() => new Set([current]));
  const [all, setAll] = useState(false);
  const next = all ? null : nextToWarm(warm, count, current);

  useEffect(() => {
    if (next === null) return;
    // In the page's queue of quiet moments, behind the chart slides' code (lib/idle-turns.ts).
    return takeIdleTurn(() => startTransition(() => setWarm((w) => new Set(w).add(next))));
  }, [next]);

  const renderAll = useCallback(async () => {
    if (all) return;
    flushSync(() => setAll(true));
    await nextFrames();
  }, [all]);

  // Ctrl+P and print emulation do not go through the deck's Print button.
  useEffect(() => {
    const print = window.matchMedia?.('print');
    const onPrint = () => flushSync(() => setAll(true));
    window.addEventListener('beforeprint', onPrint);
    print?.addEventListener?.('change', onPrint);
    return () => {
      window.removeEventListener('beforeprint', onPrint);
      print?.removeEventListener?.('change', onPrint);
    };
  }, []);

  const isWarm = (n: number) => all || n === current || warm.has(n);
  return { isWarm, renderAll };
}
