import { http, HttpResponse } from 'msw';
import type { PageInfo } from '@/domain/page-info';
import { checkQuery, type QueryError } from '@/domain/query';
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

type Answer<T> = T[] | { data: T[]; page: PageInfo } | QueryError;

/** The API's 400: the same body as the data service's (ErrorResponseSchema). */
const refuse = (error: QueryError) => HttpResponse.json({ error }, { status: 400 });

/**
 * A GET /api/v1/<path> handler answering { data } (or a page) with fixtures filtered by the query
 * parameters, after the same checks as the data service (query length, list sizes).
 */
export function listHandler<T>(
  resource: Exclude<FaultResource, 'worldbank' | 'meta'>,
  select: (params: URLSearchParams) => Answer<T>,
) {
  return http.get(`${API_PREFIX}/${resource}`, async ({ request }) => {
    const fault = await applyFault(resource, {
      empty: () => HttpResponse.json({ data: [] }),
      // Valid JSON in the wrong shape: a record missing every required field.
      invalid: () => HttpResponse.json({ data: [{ id: 42 }] }),
    });
    if (fault) return fault;
    const url = new URL(request.url);
    const problem = checkQuery(resource, url.searchParams, Math.max(0, url.search.length - 1));
    if (problem) return refuse(problem);
    const answer = select(url.searchParams);
    if (!Array.isArray(answer) && 'code' in answer) return refuse(answer);
    const body = Array.isArray(answer) ? { data: answer } : answer;
    const recordFault = activeRecordFault(resource);
    return recordFault ? hostileResponse(recordFault, body) : HttpResponse.json(body);
  });
}
