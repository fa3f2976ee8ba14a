import { useViewFilters } from '@/hooks/use-view-filters';
import { panelState, useMilestones, useObservations } from './chart-hooks';
import { nationalScope, yearsEmptyText } from './scope';
import { periodRange } from './summaries';
import { TimeChartPanel } from './time-chart-panel';
import type { TimeChartDefinition } from './time-chart-definitions';

/** One time chart from its definition: query, shaping, chart, table, sources, summary and downloads. */
export function DefinedTimeChart({ definition }: { definition: TimeChartDefinition }) {
  const { filters } = useViewFilters();
  const query = useObservations(definition.observations, { breakdown: false });
  const { markers } = useMilestones();
  const shaped = query.data ? definition.shape(query.data, markers) : null;
  const span = shaped ? periodRange(shaped.model.ticks.map((t) => t.label)) : null;
  return (
    <TimeChartPanel
      id={definition.id}
      indicators={definition.indicators}
      title={definition.title}
      subtitle={definition.subtitle(span)}
      state={panelState([query])}
      shaped={shaped}
      empty={yearsEmptyText(definition.empty)}
      scopeNote={nationalScope(filters)}
      height={definition.height}
    />
  );
}
