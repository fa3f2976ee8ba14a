import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetCircuits } from '@/lib/circuit';
import { formattersReady } from '@/lib/locale';
import { clearRejected } from '@/lib/rejected-records';
import { serveMockApi } from './mock-api';

// Lazy chunks (charts, map) can take longer than the default 1 s to import cold. A limit for hangs,
// not a speed check: with six jobs on the 2-core machine, the first charts test of a file took
// 4.5–5.4 s on main (charts-demographics, "opens /charts…"), at the edge of the former 5 s.
configure({ asyncUtilTimeout: 10_000 });

// Recharts' ResponsiveContainer measures its parent; jsdom has no layout, so report a real size.
class FixedSizeResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const rect = { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 };
    this.callback(
      [{ target, contentRect: { ...rect, toJSON: () => rect } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver = FixedSizeResizeObserver as unknown as typeof ResizeObserver;

// As in the app, where the loaders of the lazy pieces wait for the message formatter and English figures (lib/locale.ts).
await formattersReady;

// Every request goes through the shared handlers.
serveMockApi();
afterEach(async () => {
  // The deck writes ?slide= through nuqs, which batches address updates (50 ms): let the last one
  // land before the address is reset, or it lands in the next test's deck and moves it.
  if (window.location.pathname === '/present') await new Promise((resolve) => setTimeout(resolve, 100));
  cleanup();
  // Module state shared by files in a worker (isolate: false): circuits, reports, saved figures.
  resetCircuits();
  clearRejected();
  localStorage.clear();
  window.history.replaceState(null, '', '/');
  restartAnimationFrames();
});

/**
 * jsdom runs animation frames on one Node interval, started by the first pending request and kept
 * while any is pending. A test with fake timers (fault-matrix, present-auto) can start it on a fake
 * interval, which never fires once real timers are back: every later animation frame in the worker
 * then waits forever (printing a deck, giving focus back to a menu's button). Dropping the pending
 * requests, whose components are gone, lets the next request start a real interval.
 */
function restartAnimationFrames() {
  const latest = window.requestAnimationFrame(() => {});
  for (let handle = 1; handle <= latest; handle += 1) window.cancelAnimationFrame(handle);
}
