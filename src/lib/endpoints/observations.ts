import { queryOptions } from '@tanstack/react-query';
import type { ObservationFilter } from '@/domain/api';
import type { PageInfo } from '@/domain/page-info';
import type { Observation } from '@/domain/observation';
import { MAX_OBSERVATION_LIMIT } from '@/domain/limits';
import { config } from '@/config/env';
import { buildUrl, getListPage } from '../api-client';
import { loadOnce } from '../load-once';

// The contract's schema arrives beside the first answer (lib/api-client.ts), not in the first load.
const observationSchema = loadOnce(() => import('@/domain/observation').then((m) => m.ObservationSchema));

/** Two records with the same identity and source are one figure sent twice. */
const observationKey = (o: Observation) =>
  [
    o.indicatorId,
    o.geoType,
    o.geo,
    o.sectorId,
    o.period,
    o.vintage,
    o.provenance.kind,
    o.provenance.source,
  ].join('|');

export interface ObservationPage {
  data: Observation[];
  /** Absent when the backend answered everything at once. */
  page?: PageInfo;
}

/** GET {apiBase}/observations?indicator=&geo=&zone=&sector=&from=&to=&sort=&unbroken=&limit=&cursor=: one page. */
export function fetchObservationPage(
  filter: ObservationFilter,
  { limit, cursor, signal }: { limit: number; cursor?: string | undefined; signal?: AbortSignal | undefined },
): Promise<ObservationPage> {
  const url = buildUrl(config.apiBaseUrl, '/observations', {
    indicator: filter.indicators,
    geo: filter.geos,
    zone: filter.zones,
    sector: filter.sectors,
    from: filter.from,
    to: filter.to,
    // The API answers the latest vintage unless asked for 'all' (docs/api.md, "Vintages").
    vintage: filter.vintage,
    sort: filter.sort,
    unbroken: filter.unbroken,
    limit,
    cursor,
  });
  return getListPage(url, observationSchema, observationKey, signal ? { signal } : {});
}

/**
 * Every matching figure: charts and KPIs need them all, so the cursor is followed (in the largest
 * pages allowed) until the API says there is no more. A backend that answers without `page` has
 * sent everything.
 */
async function fetchObservations(filter: ObservationFilter, signal?: AbortSignal) {
  const all: Observation[] = [];
  let cursor: string | undefined;
  do {
    const body = await fetchObservationPage(filter, { limit: MAX_OBSERVATION_LIMIT, cursor, signal });
    all.push(...body.data);
    cursor = body.page?.nextCursor ?? undefined;
  } while (cursor);
  return all;
}

/** Keys run general → specific: ['api', 'observations', filter]. */
export const observationsQuery = (filter: ObservationFilter) =>
  queryOptions({
    queryKey: ['api', 'observations', filter] as const,
    queryFn: ({ signal }) => fetchObservations(filter, signal),
  });
