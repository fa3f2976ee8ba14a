import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocale } from '@/components/language-provider';
import { useDeferredList } from '@/hooks/use-deferred-list';
import { useViewFilters } from '@/hooks/use-view-filters';
import type { CategoryChartDefinition } from './chart-definition';
import { CategoryChartPanel } from './category-chart-panel';
import { chartInputs, chartQueries } from './chart-queries';
import { panelState } from './chart-hooks';
import { nationalScope, yearsEmptyText } from './scope';

/** One category chart from its definition: queries, shaping, chart, table, sources, summary, downloads. */
export function DefinedCategoryChart({ definition }: { definition: CategoryChartDefinition }) {
  const { filters } = useViewFilters();
  const locale = useLocale();
  const results = useQueries({ queries: chartQueries(definition, filters) });
  // Shaping runs when the answers change, not on every render, and in a deferred render
  // (hooks/use-deferred-list.ts).
  const { list: answers, catchingUp } = useDeferredList(results.map((r) => r.data));
  const inputs = useMemo(
    () =>
      chartInputs(
        definition,
        answers.map((data) => ({ data })),
      ),
    [definition, answers],
  );
  const shaped = useMemo(
    () => (inputs ? definition.shape(inputs, locale) : null),
    [definition, inputs, locale],
  );
  return (
    <CategoryChartPanel
      id={definition.id}
      indicators={definition.indicators}
      title={locale.format(definition.title, definition.titleValues)}
      subtitle={definition.subtitle(inputs, shaped, locale)}
      state={panelState(results, catchingUp && !shaped)}
      shaped={shaped}
      empty={
        definition.emptyAnswer
          ? locale.format(definition.emptyAnswer)
          : yearsEmptyText(definition.empty, locale)
      }
      scopeNote={definition.notNational ? null : nationalScope(filters, locale)}
    />
  );
}
