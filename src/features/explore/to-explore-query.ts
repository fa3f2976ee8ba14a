import type { ObservationFilter } from '@/domain/api';
import type { ObservationSortField } from '@/domain/query';
import { hasBreakdownFilter, type ViewFilters } from '@/lib/view-filters';

export type Sorting = readonly { id: string; desc: boolean }[];

/** The API field each sortable column sorts on; a place sorts by its code, an indicator by its id. */
const apiSortField: Readonly<Record<string, ObservationSortField>> = {
  place: 'geo',
  sector: 'sector',
  indicator: 'indicator',
  period: 'period',
  value: 'value',
  kind: 'kind',
  source: 'source',
  asOf: 'asOf',
};

/** Numbers and dates read best largest or latest first; text A to Z. */
export const firstSortDescending = (id: string): boolean =>
  id === 'value' || id === 'period' || id === 'asOf';

/** The table's sorting as the API's `sort` parameter; undefined keeps the API's load order. */
export function toApiSort(sorting: Sorting): string | undefined {
  const first = sorting[0];
  const field = first ? apiSortField[first.id] : undefined;
  return first && field ? `${first.desc ? '-' : ''}${field}` : undefined;
}

/**
 * What the Explore table asks the API for. Every vintage: where SBP revised a figure, analysts see
 * the first-reported and the revised value. Zone and sector filters keep the figures that cannot be
 * split that way (national totals) unless `hideUnbroken`, as the API's unbroken=include does.
 */
export function toExploreFilter(
  indicator: string | null,
  filters: ViewFilters,
  sorting: Sorting,
  { hideUnbroken }: { hideUnbroken: boolean },
): ObservationFilter {
  const sort = toApiSort(sorting);
  return {
    vintage: 'all',
    ...(indicator && { indicators: [indicator] }),
    ...(filters.zones.length > 0 && { zones: filters.zones }),
    ...(filters.sectors.length > 0 && { sectors: filters.sectors }),
    ...(filters.from !== null && { from: filters.from }),
    ...(filters.to !== null && { to: filters.to }),
    ...(sort && { sort }),
    ...(hasBreakdownFilter(filters) && !hideUnbroken && { unbroken: 'include' as const }),
  };
}

/** The same figures without the unbroken ones, unsorted: counting it tells how many were kept unsplit. */
export function toStrictFilter(filter: ObservationFilter): ObservationFilter | null {
  if (!filter.unbroken) return null;
  const strict = { ...filter };
  delete strict.unbroken;
  delete strict.sort;
  return strict;
}
