import { queryOptions } from '@tanstack/react-query';
import { config } from '@/config/env';
import { buildUrl, getList } from '../api-client';
import { loadOnce } from '../load-once';

export interface IndicatorsParams {
  ids?: readonly string[];
}

const schema = loadOnce(() => import('@/domain/indicator').then((m) => m.IndicatorSchema));

/** GET {apiBase}/indicators */
async function fetchIndicators(params: IndicatorsParams, signal?: AbortSignal) {
  const url = buildUrl(config.apiBaseUrl, '/indicators', { id: params.ids });
  return getList(url, schema, (r) => r.id, { signal });
}

export const indicatorsQuery = (params: IndicatorsParams = {}) =>
  queryOptions({
    queryKey: ['api', 'indicators', params] as const,
    queryFn: ({ signal }) => fetchIndicators(params, signal),
  });
