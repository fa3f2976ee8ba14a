import { setupWorker } from 'msw/browser';
import { apiHandlers, worldBankHandlers } from './handlers';
import { parseFaults, setFaults } from './handlers/faults';

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
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  return { ignoredFaults: ignored };
}
