import { queryOptions } from '@tanstack/react-query';
import { config } from '@/config/env';
import { buildUrl, getList } from '../api-client';
import { loadOnce } from '../load-once';

export interface EventsParams {
  kinds?: readonly string[];
  zones?: readonly string[];
  from?: number;
  to?: number;
}

const schema = loadOnce(() => import('@/domain/event').then((m) => m.EventSchema));

/** GET {apiBase}/events */
async function fetchEvents(params: EventsParams, signal?: AbortSignal) {
  const url = buildUrl(config.apiBaseUrl, '/events', {
    kind: params.kinds,
    zone: params.zones,
    from: params.from,
    to: params.to,
  });
  return getList(url, schema, (r) => r.id, { signal });
}

export const eventsQuery = (params: EventsParams = {}) =>
  queryOptions({
    queryKey: ['api', 'events', params] as const,
    queryFn: ({ signal }) => fetchEvents(params, signal),
  });
