/**
 * The dashboard's one filter state (zones, sectors, years) and how panels apply it.
 * The state lives in the URL (src/hooks/use-view-filters.ts); this module is pure.
 */
import type { ObservationFilter } from '@/domain/api';

export interface ViewFilters {
  zones: string[];
  sectors: string[];
  from: number | null;
  to: number | null;
}

export const emptyFilters: ViewFilters = { zones: [], sectors: [], from: null, to: null };

export const hasBreakdownFilter = (f: ViewFilters): boolean => f.zones.length > 0 || f.sectors.length > 0;
export const isFiltered = (f: ViewFilters): boolean =>
  hasBreakdownFilter(f) || f.from !== null || f.to !== null;

/** The period filter as query parameters: only the ends that are set. */
export function yearsOf(filters: ViewFilters): { from?: number; to?: number } {
  return {
    ...(filters.from !== null && { from: filters.from }),
    ...(filters.to !== null && { to: filters.to }),
  };
}

/**
 * Narrows a panel's own query by the view filters. `breakdown` says whether the panel's figures
 * can be split by zone and sector; national totals cannot, so only the years apply to them.
 */
export function applyViewFilters(
  base: ObservationFilter,
  filters: ViewFilters,
  { breakdown }: { breakdown: boolean },
): ObservationFilter {
  const out: ObservationFilter = { ...base };
  if (breakdown && filters.zones.length > 0) out.zones = filters.zones;
  if (breakdown && filters.sectors.length > 0) out.sectors = filters.sectors;
  return { ...out, ...yearsOf(filters) };
}

/** Years offered by the period filter: the span of the data (World Bank from 2010, FDI to FY2025). */
export const YEAR_OPTIONS: readonly number[] = Array.from({ length: 2025 - 2010 + 1 }, (_, i) => 2010 + i);
