import { lazy, type ComponentType } from 'react';
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

export const loadDemoFaultReporter = () => load().then((m) => m.reportDemoFaults);

export const loadPersistence = () => load().then((m) => m.startPersistence);
