import { setupWorker } from 'msw/browser';
import { apiHandlers, worldBankHandlers } from './handlers';
import { parseFaults, setFaults } from './handlers/faults';

/**
 * MSW's start() finds the worker registered by an earlier visit and calls registration.update()
 * without handling its promise (mswjs/msw#2006). That update re-fetches mockServiceWorker.js in the
 * background; when the page navigates away mid-fetch, or the fetch fails, the browser rejects it with
 * "TypeError: Failed to update a ServiceWorker", uncaught. The installed worker keeps serving, so
 * the failed check is only logged. The wrapper is in place for start() alone.
 */
async function withHandledUpdates<T>(run: () => Promise<T>): Promise<T> {
  const proto = globalThis.ServiceWorkerRegistration?.prototype;
  if (!proto) return run();
  const update = proto.update;
  proto.update = function (this: ServiceWorkerRegistration) {
    const pending = update.call(this);
    pending.catch((error: unknown) =>
      console.warn('[demo] mockServiceWorker.js update check failed; the installed worker is used', error),
    );
    return pending;
  };
  try {
    return await run();
  } finally {
    proto.update = update;
  }
}

/**
 * On unload MSW tells its worker "CLIENT_CLOSED", and a worker left with no client unregisters
 * itself. A full-page navigation within the site unloads the old page before the new one counts as
 * a client, so the worker drops out from under the page that replaces it and that page's first
 * API requests reach the static server (404). The demo worker is meant to stay installed; the
 * closed page's id only lingers in the worker's memory until the browser stops it.
 */
function keepWorkerAcrossNavigations(): void {
  const proto = globalThis.ServiceWorker?.prototype;
  if (!proto) return;
  const postMessage = proto.postMessage as (this: ServiceWorker, ...args: unknown[]) => void;
  proto.postMessage = function (this: ServiceWorker, ...args: unknown[]) {
    if (args[0] === 'CLIENT_CLOSED') return;
    postMessage.apply(this, args);
  } as ServiceWorker['postMessage'];
}

/**
 * Starts the demo API in the browser. Loaded by src/main.tsx with a dynamic import, in parallel
 * with the app's first paint. `liveWorldBank` leaves World Bank requests to the real service.
 * Returns the faults it applies and the parts of `fault` it could not use, for the app's banner.
 */
export async function startDemoWorker({
  liveWorldBank,
  fault,
}: {
  liveWorldBank: boolean;
  /** The page's `?fault=` switch, e.g. "observations:error-503,all:slow". */
  fault: string;
}): Promise<{ activeFaults: string[]; ignoredFaults: string[] }> {
  const { faults, ignored } = parseFaults(fault);
  setFaults(faults);
  keepWorkerAcrossNavigations();
  const worker = setupWorker(...apiHandlers, ...(liveWorldBank ? [] : worldBankHandlers));
  await withHandledUpdates(() =>
    worker.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    }),
  );
  await controlled();
  const activeFaults = Object.entries(faults).map(([resource, kind]) => `${resource}:${kind}`);
  return { activeFaults, ignoredFaults: ignored };
}

/**
 * start() resolves once the worker knows this page, but on a first visit, or after MSW's worker
 * unregistered itself because a fast navigation left it with no client for a moment, the page may not
 * be controlled yet; its requests would then reach the static server and fail with 404.
 */
function controlled(): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return Promise.resolve();
  return new Promise((resolve) =>
    container.addEventListener('controllerchange', () => resolve(), { once: true }),
  );
}
