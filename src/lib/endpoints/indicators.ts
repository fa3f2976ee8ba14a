import { queryOptions } from '@tanstack/react-query';
import { IndicatorsResponseSchema } from '@/domain/api';
import { config } from '@/config/env';
import { buildUrl, getJson } from '../api-client';

export interface IndicatorsParams {
  ids?: readonly string[];
}

/** GET {apiBase}/indicators */
export async function fetchIndicators(params: IndicatorsParams, signal?: AbortSignal) {
  const url = buildUrl(config.apiBaseUrl, '/indicators', { id: params.ids });
  return (await getJson(url, IndicatorsResponseSchema, { signal })).data;
}

export const indicatorsQuery = (params: IndicatorsParams = {}) =>
  queryOptions({
    queryKey: ['api', 'indicators', params] as const,
    queryFn: ({ signal }) => fetchIndicators(params, signal),
  });
