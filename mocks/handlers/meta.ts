import { http, HttpResponse } from 'msw';
import { fixtures } from '../data/fixtures';
import { applyFault } from './faults';
import { API_PREFIX } from './list-response';

/** A short, stable fingerprint of the fixtures: the demo dataset's version changes when they do. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export const demoDatasetVersion = `demo-${fingerprint(JSON.stringify(fixtures))}`;

function latestAsOf(indicatorId: string): string | null {
  const dates = fixtures.observations
    .filter((o) => o.indicatorId === indicatorId)
    .map((o) => o.provenance.asOf)
    .sort();
  return dates.at(-1) ?? null;
}

/** GET /api/v1/meta */
export const metaHandler = http.get(`${API_PREFIX}/meta`, async () => {
  const fault = await applyFault('meta', {
    empty: () => new HttpResponse(null, { status: 204 }),
    invalid: () => HttpResponse.json({ data: { datasetVersion: 42 } }),
  });
  return (
    fault ??
    HttpResponse.json({
      data: {
        datasetVersion: demoDatasetVersion,
        lastImportAt: null,
        indicators: fixtures.indicators.map((i) => ({
          indicatorId: i.id,
          lastUpdated: latestAsOf(i.id),
          nextExpected: null,
          overdue: false,
        })),
      },
    })
  );
});
