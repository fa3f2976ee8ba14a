import { useMemo } from 'react';
import { filterParsers } from '@/lib/filter-params';
import type { ViewFilters } from '@/lib/view-filters';
import { urlState } from './use-url-state';

const useFilterParams = urlState(filterParsers);

/**
 * The view filters, read only: for the first screen, which shows them but has no control that
 * changes them (the filter bar, loaded later, writes them through `useViewFilters`).
 */
export function useViewFilterValues(): ViewFilters {
  const [state] = useFilterParams();
  return useMemo(
    () => ({ zones: state.zone, sectors: state.sector, from: state.from, to: state.to }),
    [state.zone, state.sector, state.from, state.to],
  );
}
