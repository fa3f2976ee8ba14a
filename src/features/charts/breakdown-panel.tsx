import { useMemo } from 'react';
import type { IndicatorUnit } from '@/domain/indicator';
import { useViewFilters } from '@/hooks/use-view-filters';
import { hasBreakdownFilter, type ViewFilters } from '@/lib/view-filters';
import { CategoryChartPanel } from './category-chart-panel';
import type { CategoryChartModel, Shaped } from './chart-model';
import { panelState, useNames, useObservations } from './chart-hooks';
import { toYearSectorBreakdown, toZoneSectorBreakdown, type Names } from './to-breakdown';

interface BreakdownPanelProps {
  id: string;
  title: string;
  subtitle: string;
  indicatorId: string;
  unit: IndicatorUnit;
  valueHeader: string;
  by: 'zone' | 'year';
  /** What is counted, for the summary: "companies". */
  noun?: string;
}

/** The filter lines a CSV starts with when zones or sectors narrow it, so the file says what it holds. */
function filterLines(filters: ViewFilters, names: Names | null): string[] {
  if (!hasBreakdownFilter(filters)) return [];
  const named = (ids: string[], map: ReadonlyMap<string, string> | undefined) =>
    ids.map((id) => map?.get(id) ?? id).join('; ');
  return [
    ...(filters.zones.length ? [`Filtered to zones: ${named(filters.zones, names?.zones)}`] : []),
    ...(filters.sectors.length ? [`Filtered to sectors: ${named(filters.sectors, names?.sectors)}`] : []),
  ];
}

/**
 * An illustrative zone × sector breakdown, narrowed by every shared filter. The legend lists the
 * sectors of the unfiltered breakdown, so a sector filtered away can still be switched back on.
 */
export function BreakdownPanel({
  id,
  title,
  subtitle,
  indicatorId,
  unit,
  valueHeader,
  by,
  noun,
}: BreakdownPanelProps) {
  const { filters } = useViewFilters();
  const filtered = useObservations({ indicators: [indicatorId] }, { breakdown: true });
  const everything = useObservations({ indicators: [indicatorId] }, { breakdown: false });
  const { names, queries } = useNames();
  const shape = by === 'zone' ? toZoneSectorBreakdown : toYearSectorBreakdown;
  // Shaped once per answer, not on every render.
  const shaped: Shaped<CategoryChartModel> | null = useMemo(
    () => (filtered.data && names ? shape(filtered.data, indicatorId, unit, names, valueHeader, noun) : null),
    [shape, filtered.data, names, indicatorId, unit, valueHeader, noun],
  );
  const universe = useMemo(
    () => (everything.data && names ? shape(everything.data, indicatorId, unit, names, valueHeader) : null),
    [shape, everything.data, names, indicatorId, unit, valueHeader],
  );
  return (
    <CategoryChartPanel
      id={id}
      indicators={[indicatorId]}
      title={title}
      subtitle={`${subtitle}${shaped && by === 'zone' ? ` (${shaped.table.rows[0]?.values.period ?? ''} figures)` : ''}`}
      state={panelState([filtered, everything, ...queries])}
      shaped={shaped}
      legendSeries={universe?.model.series}
      empty={
        hasBreakdownFilter(filters)
          ? 'No illustrative figures for the selected zones and sectors. Clear or change the filters to see the breakdown.'
          : 'No illustrative figures in the selected years.'
      }
      crossFilter
      csvPreamble={filterLines(filters, names)}
    />
  );
}
