import { http, HttpResponse } from 'msw';
import { activeRecordFault, applyFault, type FaultResource } from './faults';
import { hostileResponse } from './hostile-records';

/** Matches the API wherever it is mounted: the demo app's origin, or jsdom's in tests. */
export const API_PREFIX = '*/api/v1';

/** Comma-separated list parameter, e.g. `?zone=a,b`; missing or empty means "no filter". */
export function listParam(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

export const oneOf = (wanted: readonly string[], value: string | null): boolean =>
  wanted.length === 0 || (value !== null && wanted.includes(value));

export function yearParam(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  return raw && /^\d{4}$/.test(raw) ? Number(raw) : null;
}

/** A GET /api/v1/<path> handler answering { data } with fixtures filtered by the query parameters. */
export function listHandler<T>(resource: FaultResource, select: (params: URLSearchParams) => T[]) {
  return http.get(`${API_PREFIX}/${resource}`, async ({ request }) => {
    const fault = await applyFault(resource, {
      empty: () => HttpResponse.json({ data: [] }),
      // Valid JSON in the wrong shape: a record missing every required field.
      invalid: () => HttpResponse.json({ data: [{ id: 42 }] }),
    });
    if (fault) return fault;
    const rows = select(new URL(request.url).searchParams);
    const recordFault = activeRecordFault(resource);
    return recordFault ? hostileResponse(recordFault, rows) : HttpResponse.json({ data: rows });
  });
}
