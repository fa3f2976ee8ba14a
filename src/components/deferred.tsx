import { lazy, useSyncExternalStore, type ComponentType } from 'react';
import type { describeError } from '@/lib/describe-error';
import { formattersReady } from '@/lib/locale';
import type { QueryFreshness } from './panel-states';
import { StaleShort } from './stale-short';

// The chunk needs the full message formatter and the English figures, not in the first load either.
const load = () => Promise.all([import('./after-first-paint'), formattersReady]).then(([m]) => m);

/** If the chunk cannot load (offline on a cold cache), these render nothing; the plain message stands. */
const none = { default: () => null };

export const LazyErrorDetails = lazy<ComponentType<{ error: unknown }>>(() =>
  load()
    .then((m) => ({ default: m.ErrorDetails }))
    .catch(() => none),
);

export const LazyServiceStatus = lazy<ComponentType>(() =>
  load()
    .then((m) => ({ default: m.ServiceStatus }))
    .catch(() => none),
);

export const LazyStaleNotice = lazy<ComponentType<{ queries: readonly QueryFreshness[] }>>(() =>
  load()
    .then((m) => ({ default: m.StaleDetails }))
    .catch(() => ({ default: StaleShort })),
);

export const LazyProvenanceLegend = lazy<ComponentType>(() =>
  load()
    .then((m) => ({ default: m.ProvenanceLegendBody }))
    .catch(() => none),
);

/** Demo builds only: renders nothing until the demo API reports faults. */
export const LazyFaultNotice = lazy<ComponentType>(() =>
  load()
    .then((m) => ({ default: m.FaultNotice }))
    .catch(() => none),
);

type Describe = typeof describeError;
let describe: Describe | null = null;
let describing: Promise<unknown> | null = null;

function subscribeDescribe(onLoaded: () => void): () => void {
  let live = true;
  // If the chunk cannot load, `describe` stays null and the panel keeps its plain sentence.
  describing ??= load().then(
    (m) => (describe = m.describeError),
    () => undefined,
  );
  void describing.then(() => live && onLoaded());
  return () => {
    live = false;
  };
}

/**
 * `describeError` once the after-first-paint chunk is here (a failure shows after first paint, so
 * it nearly always is), null before: the first load carries no failure sentences.
 */
export function useDescribeError(): Describe | null {
  return useSyncExternalStore(subscribeDescribe, () => describe);
}

export const loadDemoFaultReporter = () => load().then((m) => m.reportDemoFaults);

export const loadPersistence = () => load().then((m) => m.startPersistence);
