import type { ChartDefinition } from './chart-definition';
import { DefinedBreakdownChart } from './defined-breakdown-chart';
import { DefinedCategoryChart } from './defined-category-chart';
import { DefinedTimeChart } from './defined-time-chart';

/** Any defined chart by its kind: queries, shaping, chart, table, sources, summary, downloads. */
function DefinedChart({ definition }: { definition: ChartDefinition }) {
  switch (definition.kind) {
    case 'time':
      return <DefinedTimeChart definition={definition} />;
    case 'category':
      return <DefinedCategoryChart definition={definition} />;
    case 'breakdown':
      return <DefinedBreakdownChart definition={definition} />;
  }
}

/** A page's charts, in its list's order, on the page's grid. */
export function DefinedCharts({ charts }: { charts: readonly ChartDefinition[] }) {
  return charts.map((definition) => <DefinedChart key={definition.id} definition={definition} />);
}
