import { queryOptions } from '@tanstack/react-query';
import { config } from '@/config/env';
import { buildUrl, getList } from '../api-client';
import { loadOnce } from '../load-once';

export interface ZonesParams {
  country?: readonly ('PK' | 'CN')[];
  status?: readonly string[];
}

const schema = loadOnce(() => import('@/domain/zone').then((m) => m.ZoneSchema));

/** GET {apiBase}/zones */
async function fetchZones(params: ZonesParams, signal?: AbortSignal) {
  const url = buildUrl(config.apiBaseUrl, '/zones', { country: params.country, status: params.status });
  return getList(url, schema, (r) => r.id, { signal });
}

export const zonesQuery = (params: ZonesParams = {}) =>
  queryOptions({
    queryKey: ['api', 'zones', params] as const,
    queryFn: ({ signal }) => fetchZones(params, signal),
  });
