import { queryOptions } from '@tanstack/react-query';
import { config } from '@/config/env';
import { buildUrl, getList } from '../api-client';
import { loadOnce } from '../load-once';

export interface SectorsParams {
  group?: 'technology' | 'economy';
}

const schema = loadOnce(() => import('@/domain/sector').then((m) => m.SectorSchema));

/** GET {apiBase}/sectors */
async function fetchSectors(params: SectorsParams, signal?: AbortSignal) {
  const url = buildUrl(config.apiBaseUrl, '/sectors', { group: params.group });
  return getList(url, schema, (r) => r.id, { signal });
}

export const sectorsQuery = (params: SectorsParams = {}) =>
  queryOptions({
    queryKey: ['api', 'sectors', params] as const,
    queryFn: ({ signal }) => fetchSectors(params, signal),
  });
