import { useMemo } from 'react';
import { readInteger, readList } from '@/lib/url-read';
import type { ViewFilters } from '@/lib/view-filters';
import { urlState } from './use-url-state';

/** The filters as `filterParsers` (lib/filter-params.ts) read them, without nuqs. */
export const readViewFilters = (params: URLSearchParams): ViewFilters => ({
  zones: readList(params, 'zone'),
  sectors: readList(params, 'sector'),
  from: readInteger(params, 'from'),
  to: readInteger(params, 'to'),
});

const useFilterParams = urlState(readViewFilters);

/**
 * The view filters, read only: for the first screen, which shows them but has no control that
 * changes them (the filter bar, loaded later, writes them through `useViewFilters`).
 */
export function useViewFilterValues(): ViewFilters {
  const [state] = useFilterParams();
  return useMemo(
    () => ({ zones: state.zones, sectors: state.sectors, from: state.from, to: state.to }),
    [state.zones, state.sectors, state.from, state.to],
  );
}
