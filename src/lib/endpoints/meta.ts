import { queryOptions } from '@tanstack/react-query';
import { config } from '@/config/env';
import { buildUrl, getJson } from '../api-client';
import { loadOnce } from '../load-once';

const metaSchema = loadOnce(() => import('@/domain/meta').then((m) => m.MetaSchema));

/** GET {apiBase}/meta */
export async function fetchMeta(signal?: AbortSignal) {
  return (await getJson(buildUrl(config.apiBaseUrl, '/meta'), metaSchema, { signal })).data;
}

export const metaQueryOptions = () =>
  queryOptions({
    queryKey: ['api', 'meta'] as const,
    queryFn: ({ signal }) => fetchMeta(signal),
  });
