import { http, HttpResponse } from 'msw';
import { contentVersionInSlices, todayIso, toIndicatorMeta, type Meta } from '@/domain/meta';
import { fixtures } from '../data/fixtures';
import { applyFault } from './faults';
import { API_PREFIX } from './list-response';

/**
 * The fixtures never change while the demo runs, so their fingerprint is computed once, in slices
 * with turns for the browser between them: the demo answers from the page's own main thread.
 */
let version: Promise<string> | null = null;
// A turn for the browser where it has scheduler.yield (as src/lib/yield-to-browser.ts, which mocks/ may not import).
const pause = () => (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler?.yield?.();
const demoVersion = () => (version ??= contentVersionInSlices(fixtures, pause).then((v) => `demo-${v}`));

/** The demo dataset's meta (the contract tests compare it with the server's). */
async function demoMeta(today = todayIso()): Promise<Meta> {
  return {
    datasetVersion: await demoVersion(),
    lastImportAt: null,
    indicators: toIndicatorMeta(fixtures.indicators, fixtures.observations, today),
  };
}

/** GET /api/v1/meta: dataset version, last import (never, in the demo) and each indicator's freshness. */
export const metaHandler = http.get(`${API_PREFIX}/meta`, async () => {
  const fault = await applyFault('meta', {
    empty: () => new HttpResponse(null, { status: 204 }),
    invalid: () => HttpResponse.json({ data: { datasetVersion: 42 } }),
  });
  return fault ?? HttpResponse.json({ data: await demoMeta() });
});
