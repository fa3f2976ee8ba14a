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
 * Starts the demo API in the browser. Loaded by src/main.tsx with a dynamic import, in parallel
 * with the app's first paint. `liveWorldBank` leaves World Bank requests to the real service.
 */
export async function startDemoWorker({
  liveWorldBank,
}: {
  liveWorldBank: boolean;
}): Promise<{ ignoredFaults: string[] }> {
  const { faults, ignored } = parseFaults(new URLSearchParams(window.location.search).get('fault') ?? '');
  setFaults(faults);
  const worker = setupWorker(...apiHandlers, ...(liveWorldBank ? [] : worldBankHandlers));
  await withHandledUpdates(() =>
    worker.start({
      onUnhandledRequest: 'bypass',
      quiet: true,
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    }),
  );
  return { ignoredFaults: ignored };
}
