import { useDeferredValue, useMemo } from 'react';
import { readViewFilters } from '@/lib/url-read';
import type { ViewFilters } from '@/lib/view-filters';
import { urlState } from './use-url-state';

const useFilterParams = urlState(readViewFilters);

/**
 * The view filters, read only: for the first screen, which shows them but has no control that
 * changes them (the filter bar, loaded later, writes them through `useViewFilters`). Deferred, as
 * `useViewFilters` gives them to panels: the cards follow a change in a background pass.
 */
export function useViewFilterValues(): ViewFilters {
  const [state] = useFilterParams();
  // The same object while the filters are the same (another parameter, e.g. the theme, may change).
  const key = JSON.stringify(state);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the filters' values
  const filters = useMemo(() => state, [key]);
  return useDeferredValue(filters);
}
