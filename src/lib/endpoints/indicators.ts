import { queryOptions } from '@tanstack/react-query';
import { IndicatorSchema } from '@/domain/indicator';
import { config } from '@/config/env';
import { buildUrl, getList } from '../api-client';

export interface IndicatorsParams {
  ids?: readonly string[];
}

/** GET {apiBase}/indicators */
async function fetchIndicators(params: IndicatorsParams, signal?: AbortSignal) {
  const url = buildUrl(config.apiBaseUrl, '/indicators', { id: params.ids });
  return getList(url, IndicatorSchema, (r) => r.id, { signal });
}

export const indicatorsQuery = (params: IndicatorsParams = {}) =>
  queryOptions({
    queryKey: ['api', 'indicators', params] as const,
    queryFn: ({ signal }) => fetchIndicators(params, signal),
  });
