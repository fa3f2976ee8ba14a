import { setupWorker } from 'msw/browser';
import { apiHandlers, worldBankHandlers } from './handlers';
import { parseFaults, setFaults } from './handlers/faults';

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
  const worker = setupWorker(...apiHandlers, ...(liveWorldBank ? [] : worldBankHandlers));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  const activeFaults = Object.entries(faults).map(([resource, kind]) => `${resource}:${kind}`);
  return { activeFaults, ignoredFaults: ignored };
}
