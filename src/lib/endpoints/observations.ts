import { queryOptions } from '@tanstack/react-query';
import type { ObservationFilter } from '@/domain/api';
import { ObservationSchema, type Observation } from '@/domain/observation';
import { config } from '@/config/env';
import { buildUrl, getList } from '../api-client';

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

/** GET {apiBase}/observations?indicator=&geo=&zone=&sector=&from=&to= */
export async function fetchObservations(filter: ObservationFilter, signal?: AbortSignal) {
  const url = buildUrl(config.apiBaseUrl, '/observations', {
    indicator: filter.indicators,
    geo: filter.geos,
    zone: filter.zones,
    sector: filter.sectors,
    from: filter.from,
    to: filter.to,
  });
  return getList(url, ObservationSchema, observationKey, { signal });
}

/** Keys run general → specific: ['api', 'observations', filter]. */
export const observationsQuery = (filter: ObservationFilter) =>
  queryOptions({
    queryKey: ['api', 'observations', filter] as const,
    queryFn: ({ signal }) => fetchObservations(filter, signal),
  });
