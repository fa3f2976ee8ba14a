import { keepPreviousData, useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef } from 'react';
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
  // The render in which an answer arrives stays small; the rows are shaped and the table drawn from
  // these deferred pages, in a transition that React renders in slices (a trace of /explore found the
  // whole page, shaping and table in one 170-190 ms task on a slowed phone).
  const answered = useMemo(() => ({ loaded, complete }), [loaded, complete]);
  const shown = useDeferredValue(answered);
  const shape = useMemo(
    () => pageShaper(lookups, locale),
    // lookups is rebuilt each render from stable query data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lookups.indicators, lookups.zones, lookups.sectors, locale],
  );
  /** The shaped rows; null until the first answer has been shaped (the page shows it loading). */
  const data: TableData | null = useMemo(() => {
    if (!shown.loaded) return null;
    const rows = shape(shown.loaded.map((p) => p.data));
    return { rows, unbrokenRows: 0, total: shown.complete ? toTotal(rows, locale) : null };
  }, [shown, shape, locale]);
  /** True while the rows shown are older than the answers (the deferred render is on its way). */
  const catchingUp = shown !== answered;
  const unbrokenRows = strict && strictCount.data !== undefined ? Math.max(0, total - strictCount.data) : 0;

  /** Every matching row in the table's order: what is loaded, or else all pages from the API. */
  async function allRows() {
    if (!catchingUp && complete && data) return data.rows;
    const all = await client.fetchQuery({ ...observationsQuery(filter), gcTime: 0 });
    return toTableRows(all, lookups, emptyFilters, locale).rows;
  }

  // Not while catching up: the table still counts the rows it shows, not those already loaded.
  const loadMoreNow = () => {
    if (catchingUp) return;
    if (pages.hasNextPage && !pages.isFetchingNextPage && !pages.isFetchNextPageError)
      void pages.fetchNextPage();
  };
  // One function for the life of the page, so the memoised table is not drawn again for it.
  const latest = useRef(loadMoreNow);
  useEffect(() => {
    latest.current = loadMoreNow;
  });
  const loadMore = useCallback(() => latest.current(), []);

  return { pages, data, catchingUp, total, complete, unbrokenRows, loadMore, allRows };
}
