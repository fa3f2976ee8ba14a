import { queryOptions } from '@tanstack/react-query';
import { MetaResponseSchema } from '@/domain/meta';
import { config } from '@/config/env';
import { buildUrl, getJson } from '../api-client';

/** GET {apiBase}/meta */
export async function fetchMeta(signal?: AbortSignal) {
  return (await getJson(buildUrl(config.apiBaseUrl, '/meta'), MetaResponseSchema, { signal })).data;
}

/** Read on every visit (staleTime 0): its datasetVersion decides whether saved figures still apply. */
export const metaQueryOptions = () =>
  queryOptions({
    queryKey: ['api', 'meta'] as const,
    queryFn: ({ signal }) => fetchMeta(signal),
    staleTime: 0,
  });
