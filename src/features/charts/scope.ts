import { hasBreakdownFilter, type ViewFilters } from '@/lib/view-filters';

/** What a national chart says while zone or sector filters are active: they cannot apply to it. */
const NATIONAL_SCOPE =
  'National figures; not broken down by zone or sector, so the zone and sector filters do not apply here.';

export const nationalScope = (filters: ViewFilters): string | null =>
  hasBreakdownFilter(filters) ? NATIONAL_SCOPE : null;

/** The empty state of a time series narrowed by the year filters. */
export const yearsEmptyText = (what: string) =>
  `No ${what} in the selected years. Widen the period to see the series.`;
