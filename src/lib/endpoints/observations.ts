import { queryOptions } from '@tanstack/react-query';
import { ObservationsResponseSchema, type ObservationFilter } from '@/domain/api';
import { config } from '@/config/env';
import { buildUrl, getJson } from '../api-client';

/** GET {apiBase}/observations?indicator=&geo=&zone=&sector=&from=&to=&vintage= */
export async function fetchObservations(filter: ObservationFilter, signal?: AbortSignal) {
  const url = buildUrl(config.apiBaseUrl, '/observations', {
    indicator: filter.indicators,
    geo: filter.geos,
    zone: filter.zones,
    sector: filter.sectors,
    from: filter.from,
    to: filter.to,
    vintage: filter.vintage,
  });
  return (await getJson(url, ObservationsResponseSchema, { signal })).data;
}

/** Keys run general → specific: ['api', 'observations', filter]. */
export const observationsQuery = (filter: ObservationFilter) =>
  queryOptions({
    queryKey: ['api', 'observations', filter] as const,
    queryFn: ({ signal }) => fetchObservations(filter, signal),
  });
