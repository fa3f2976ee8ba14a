import { http, HttpResponse } from 'msw';
import { contentVersion, todayIso, toIndicatorMeta, type Meta } from '@/domain/meta';
import { fixtures } from '../data/fixtures';
import { applyFault } from './faults';
import { API_PREFIX } from './list-response';

/** The fixtures never change while the demo runs, so their fingerprint is computed once. */
let version: string | null = null;
const demoVersion = () => (version ??= `demo-${contentVersion(fixtures)}`);

/** The demo dataset's meta; exported for the contract tests, which compare it with the server's. */
function demoMeta(today = todayIso()): Meta {
  return {
    datasetVersion: demoVersion(),
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
  return fault ?? HttpResponse.json({ data: demoMeta() });
});
