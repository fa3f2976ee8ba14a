import { useQueryStates } from 'nuqs';
import { useCallback, useMemo } from 'react';
import { filterParsers } from '@/lib/filter-params';
import type { ViewFilters } from '@/lib/view-filters';

/** The shared filter state every panel reads; each change is a history entry, so Back undoes it. */
export function useViewFilters() {
  const [state, setState] = useQueryStates(filterParsers, { history: 'push' });
  const filters: ViewFilters = useMemo(
    () => ({ zones: state.zone, sectors: state.sector, from: state.from, to: state.to }),
    [state.zone, state.sector, state.from, state.to],
  );
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
        zones: filters.zones.includes(id) ? filters.zones.filter((z) => z !== id) : [...filters.zones, id],
      }),
    [filters.zones, setFilters],
  );
  const toggleSector = useCallback(
    (id: string) =>
      setFilters({
        sectors: filters.sectors.includes(id)
          ? filters.sectors.filter((s) => s !== id)
          : [...filters.sectors, id],
      }),
    [filters.sectors, setFilters],
  );
  const clearFilters = useCallback(
    () => setFilters({ zones: [], sectors: [], from: null, to: null }),
    [setFilters],
  );
  return { filters, setFilters, toggleZone, toggleSector, clearFilters };
}
