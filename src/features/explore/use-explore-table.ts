import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocale } from '@/components/language-provider';
import { observationCountQuery, observationPagesQuery } from '@/lib/endpoints/observation-pages';
import { observationsQuery } from '@/lib/endpoints/observations';
import { emptyFilters, type ViewFilters } from '@/lib/view-filters';
import { toExploreFilter, toStrictFilter, type Sorting } from './to-explore-query';
import { pageShaper, toTableRows, toTotal, type Lookups, type TableData } from './to-table-rows';

interface ExploreTableInput {
  indicator: string | null;
  filters: ViewFilters;
  sorting: Sorting;
  hideUnbroken: boolean;
  lookups: Lookups;
}

/**
 * The Explore table's data: filtered, sorted and paged by the API, the next page fetched as the
 * user scrolls to the end of what is loaded, with the total the API counts.
 */
export function useExploreTable({ indicator, filters, sorting, hideUnbroken, lookups }: ExploreTableInput) {
  const client = useQueryClient();
  const locale = useLocale();
  const filter = toExploreFilter(indicator, filters, sorting, { hideUnbroken });
  const strict = toStrictFilter(filter);
  const pages = useInfiniteQuery({ ...observationPagesQuery(filter), placeholderData: keepPreviousData });
  const strictCount = useQuery({ ...observationCountQuery(strict ?? filter), enabled: strict !== null });
  const loaded = pages.data?.pages;
  const lastPage = loaded?.at(-1);
  const total = lastPage?.page?.total ?? loaded?.reduce((sum, p) => sum + p.data.length, 0) ?? 0;
  const complete = !pages.hasNextPage;
  const shape = useMemo(
    () => pageShaper(lookups, locale),
    // lookups is rebuilt each render from stable query data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lookups.indicators, lookups.zones, lookups.sectors, locale],
  );
  const data: TableData | null = useMemo(() => {
    if (!loaded) return null;
    const rows = shape(loaded.map((p) => p.data));
    return { rows, unbrokenRows: 0, total: complete ? toTotal(rows, locale) : null };
  }, [loaded, shape, complete, locale]);
  const unbrokenRows = strict && strictCount.data !== undefined ? Math.max(0, total - strictCount.data) : 0;

  /** Every matching row in the table's order: what is loaded, or else all pages from the API. */
  async function allRows() {
    if (complete && data) return data.rows;
    const all = await client.fetchQuery({ ...observationsQuery(filter), gcTime: 0 });
    return toTableRows(all, lookups, emptyFilters, locale).rows;
  }

  const loadMore = () => {
    if (pages.hasNextPage && !pages.isFetchingNextPage && !pages.isFetchNextPageError)
      void pages.fetchNextPage();
  };

  return { pages, data, total, complete, unbrokenRows, loadMore, allRows };
}
