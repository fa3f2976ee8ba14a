import { useCallback } from 'react';
import { ChartFrame } from '@/components/chart-frame';
import { NearViewport } from '@/components/near-viewport';
import { useSvgId } from '@/components/chart-marks';
import { useLocale } from '@/components/language-provider';
import { useViewFilters } from '@/hooks/use-view-filters';
import { CategoryChart, categoryChartHeight } from './category-chart';
import type { CategoryChartModel, SeriesSpec } from './chart-model';
import { frameState, useChartView, useFreshness, type ChartPanelProps } from './chart-hooks';
import { legendItems } from './series-fill';

type Filter = NonNullable<SeriesSpec['filter']>;

interface CategoryChartPanelProps extends ChartPanelProps<CategoryChartModel> {
  /** Zone × sector charts: legend keys and bars toggle the shared filters. */
  crossFilter?: boolean;
  /** Legend keys when they differ from the drawn series (every sector, even those filtered away). */
  legendSeries?: readonly SeriesSpec[];
}

export function CategoryChartPanel(props: CategoryChartPanelProps) {
  const { id, title, subtitle, state, shaped, crossFilter = false } = props;
  const locale = useLocale();
  const [view, setView] = useChartView(id);
  const freshness = useFreshness(props.indicators);
  const prefix = useSvgId();
  const { filters, toggleZone, toggleSector } = useViewFilters();
  const onFilter = useCallback(
    (f: Filter) => (f.kind === 'zone' ? toggleZone(f.id) : toggleSector(f.id)),
    [toggleZone, toggleSector],
  );
  const isActive = (f: Filter) => (f.kind === 'zone' ? filters.zones : filters.sectors).includes(f.id);
  const model = shaped?.model;
  const drawn = new Set(model?.series.map((s) => s.key));
  // Keys for series not drawn have no pattern in the chart to point an exported image at.
  const legend = model
    ? legendItems(
        props.legendSeries ?? model.series,
        model.data,
        prefix,
        locale,
        crossFilter ? { isActive, onToggle: onFilter } : {},
      ).map((item) => (drawn.has(item.key) ? item : { ...item, exportPatternId: undefined }))
    : [];
  return (
    <ChartFrame
      id={id}
      title={title}
      subtitle={subtitle}
      {...frameState(state, shaped)}
      empty={props.empty}
      scopeNote={props.scopeNote}
      legend={legend}
      view={view}
      onViewChange={setView}
      csvPreamble={props.csvPreamble}
      freshness={freshness}
    >
      {model && (
        <NearViewport height={categoryChartHeight(model)}>
          <CategoryChart
            model={model}
            prefix={prefix}
            label={title}
            onFilter={crossFilter ? onFilter : undefined}
          />
        </NearViewport>
      )}
    </ChartFrame>
  );
}
