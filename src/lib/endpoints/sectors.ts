import { queryOptions } from '@tanstack/react-query';
import { SectorsResponseSchema } from '@/domain/api';
import { config } from '@/config/env';
import { buildUrl, getJson } from '../api-client';

export interface SectorsParams {
  group?: 'technology' | 'economy';
}

/** GET {apiBase}/sectors */
export async function fetchSectors(params: SectorsParams, signal?: AbortSignal) {
  const url = buildUrl(config.apiBaseUrl, '/sectors', { group: params.group });
  return (await getJson(url, SectorsResponseSchema, { signal })).data;
}

export const sectorsQuery = (params: SectorsParams = {}) =>
  queryOptions({
    queryKey: ['api', 'sectors', params] as const,
    queryFn: ({ signal }) => fetchSectors(params, signal),
  });
