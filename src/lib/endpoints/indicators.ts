import { queryOptions } from '@tanstack/react-query';
import { config } from '@/config/env';
import { buildUrl, getList } from '../api-client';

export interface IndicatorsParams {
  ids?: readonly string[];
}

/** GET {apiBase}/indicators */
async function fetchIndicators(params: IndicatorsParams, signal?: AbortSignal) {
  const url = buildUrl(config.apiBaseUrl, '/indicators', { id: params.ids });
  return getList(
    url,
    () => import('@/domain/indicator').then((m) => m.IndicatorSchema),
    (r) => r.id,
    { signal },
  );
}

export const indicatorsQuery = (params: IndicatorsParams = {}) =>
  queryOptions({
    queryKey: ['api', 'indicators', params] as const,
    queryFn: ({ signal }) => fetchIndicators(params, signal),
  });
