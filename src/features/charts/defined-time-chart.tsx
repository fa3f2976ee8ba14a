import { useQueries } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useLocale } from '@/components/language-provider';
import { useDeferredList } from '@/hooks/use-deferred-list';
import { useViewFilters } from '@/hooks/use-view-filters';
import { chartInputs, chartQueries, outsideSpan } from './chart-queries';
import { panelState, useMilestones } from './chart-hooks';
import { nationalScope, yearsEmptyText } from './scope';
import { periodRange } from './summaries';
import { TimeChartPanel } from './time-chart-panel';
import type { TimeChartDefinition } from './chart-definition';

/** One time chart from its definition: queries, shaping, chart, table, sources, summary and downloads. */
export function DefinedTimeChart({ definition }: { definition: TimeChartDefinition }) {
  const { filters } = useViewFilters();
  const locale = useLocale();
  const results = useQueries({ queries: chartQueries(definition, filters) });
  const { markers: latestMarkers } = useMilestones();
  const outside = outsideSpan(definition, filters);
  // Shaping runs when the answers, the markers or the filters change, not on every render, and in a
  // deferred render (hooks/use-deferred-list.ts).
  const { list: answers, catchingUp } = useDeferredList(results.map((r) => r.data));
  const markers = useDeferredValue(latestMarkers);
  const shaped = useMemo(() => {
    const inputs = outside
      ? null
      : chartInputs(
          definition,
          answers.map((data) => ({ data })),
        );
    return inputs ? definition.shape(inputs, markers, locale) : null;
  }, [definition, answers, markers, outside, locale]);
  const span = shaped
    ? periodRange(
        shaped.model.ticks.map((t) => t.label),
        locale,
      )
    : null;
  const title = locale.format(definition.title, definition.titleValues);
  return (
    <TimeChartPanel
      id={definition.id}
      indicators={definition.indicators}
      title={title}
      subtitle={definition.subtitle(span, locale)}
      state={panelState(results, catchingUp && !shaped)}
      shaped={shaped}
      empty={
        outside || !definition.emptyAnswer
          ? yearsEmptyText(definition.empty, locale)
          : locale.format(definition.emptyAnswer)
      }
      scopeNote={nationalScope(filters, locale)}
      height={definition.height}
    />
  );
}
