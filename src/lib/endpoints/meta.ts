import { queryOptions } from '@tanstack/react-query';
import { MetaSchema } from '@/domain/meta';
import { config } from '@/config/env';
import { buildUrl, getJson } from '../api-client';

/** GET {apiBase}/meta */
export async function fetchMeta(signal?: AbortSignal) {
  return (await getJson(buildUrl(config.apiBaseUrl, '/meta'), MetaSchema, { signal })).data;
}

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: ['api', 'meta'] as const,
    queryFn: ({ signal }) => fetchMeta(signal),
  });
