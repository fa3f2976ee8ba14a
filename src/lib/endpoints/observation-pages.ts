import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import type { ObservationFilter } from '@/domain/api';
import { fetchObservationPage } from './observations';

/** Rows per page of a table: a screenful many times over, small enough to arrive at once. */
const TABLE_PAGE_SIZE = 500;

/**
 * GET /observations page by page, for a table that shows rows as they are scrolled to: sorting and
 * filtering happen in the API, the next page is asked for with the previous page's cursor.
 * Keys: ['api', 'observations', 'pages', filter, pageSize].
 */
export const observationPagesQuery = (filter: ObservationFilter, pageSize = TABLE_PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: ['api', 'observations', 'pages', filter, pageSize] as const,
    queryFn: ({ pageParam, signal }) =>
      fetchObservationPage(filter, { limit: pageSize, cursor: pageParam ?? undefined, signal }),
    // null, not undefined: page params are saved with the figures as JSON (lib/persist-cache.ts).
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.page?.nextCursor ?? undefined,
  });

/** How many figures match, from a one-record page (a backend without paging sends them all). */
export const observationCountQuery = (filter: ObservationFilter) =>
  queryOptions({
    queryKey: ['api', 'observations', 'count', filter] as const,
    queryFn: async ({ signal }) => {
      const { data, page } = await fetchObservationPage(filter, { limit: 1, signal });
      return page?.total ?? data.length;
    },
  });
