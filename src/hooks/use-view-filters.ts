import { useQueryStates } from 'nuqs';
import { useCallback, useDeferredValue, useMemo } from 'react';
import { filterParsers } from '@/lib/filter-params';
import type { ViewFilters } from '@/lib/view-filters';

/**
 * The shared filter state every panel reads; each change is a history entry, so Back undoes it.
 * Panels get the filters as a deferred value: a change re-renders them in a background pass that
 * yields to the browser, so the control that made it answers at once (issue 15, filter-change
 * responsiveness). The filter bar's own controls ask for the `urgent` value; the setters always
 * build on it, so two quick changes never lose one.
 */
export function useViewFilters({ urgent = false }: { urgent?: boolean } = {}) {
  const [state, setState] = useQueryStates(filterParsers, { history: 'push' });
  const current: ViewFilters = useMemo(
    () => ({ zones: state.zone, sectors: state.sector, from: state.from, to: state.to }),
    [state.zone, state.sector, state.from, state.to],
  );
  const deferred = useDeferredValue(current);
  const filters = urgent ? current : deferred;
  const setFilters = useCallback(
    (patch: Partial<ViewFilters>) =>
      void setState({
        ...(patch.zones !== undefined && { zone: patch.zones.length ? patch.zones : null }),
        ...(patch.sectors !== undefined && { sector: patch.sectors.length ? patch.sectors : null }),
        ...(patch.from !== undefined && { from: patch.from }),
        ...(patch.to !== undefined && { to: patch.to }),
      }),
    [setState],
  );
  const toggleZone = useCallback(
    (id: string) =>
      setFilters({
        zones: current.zones.includes(id) ? current.zones.filter((z) => z !== id) : [...current.zones, id],
      }),
    [current.zones, setFilters],
  );
  const toggleSector = useCallback(
    (id: string) =>
      setFilters({
        sectors: current.sectors.includes(id)
          ? current.sectors.filter((s) => s !== id)
          : [...current.sectors, id],
      }),
    [current.sectors, setFilters],
  );
  const clearFilters = useCallback(
    () => setFilters({ zones: [], sectors: [], from: null, to: null }),
    [setFilters],
  );
  return { filters, setFilters, toggleZone, toggleSector, clearFilters };
}
