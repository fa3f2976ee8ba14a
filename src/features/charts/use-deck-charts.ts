/**
 * The deck's charts, queried and shaped by the same functions as the charts pages under the same
 * filters (so the cache answers once): time and category charts through `chartQueries`, breakdowns
 * through `breakdown-queries.ts`. Slides draw no cross-filters, so a breakdown needs only its
 * filtered answer.
 */
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocale } from '@/components/language-provider';
import { useStableList } from '@/hooks/use-stable-list';
import { useViewFilters } from '@/hooks/use-view-filters';
import {
  breakdownPeriod,
  companyBreakdownQuery,
  observationBreakdownQueries,
  shapeCompanyBreakdown,
  shapeObservationBreakdown,
  type CompanyDefinition,
  type ObservationDefinition,
} from './breakdown-queries';
import type {
  CategoryChartDefinition,
  ChartDefinition,
  ChartSlide,
  TimeChartDefinition,
} from './chart-definition';
import { useMilestones, useNames } from './chart-hooks';
import type { CategoryChartModel, Shaped, TimeChartModel } from './chart-model';
import { chartInputs, chartQueries, outsideSpan } from './chart-queries';
import { deckCharts } from './chart-tables';

/** What a chart slide draws: a time chart, or bars by category. */
export type SlideFigure =
  | { kind: 'time'; shaped: Shaped<TimeChartModel> | null }
  | { kind: 'category'; shaped: Shaped<CategoryChartModel> | null };

export interface DeckChart {
  id: string;
  slide: ChartSlide;
  /** The slide subtitle's arguments, e.g. the year a breakdown draws. */
  subtitleValues: Record<string, string>;
  queries: readonly UseQueryResult<unknown>[];
  figure: SlideFigure;
}

type Sourced = TimeChartDefinition | CategoryChartDefinition;
const sourced = deckCharts.filter((d): d is Sourced => d.kind !== 'breakdown');
const byObservations = deckCharts.filter(
  (d): d is ObservationDefinition => d.kind === 'breakdown' && d.source.kind === 'observations',
);
const byCompanies = deckCharts.filter(
  (d): d is CompanyDefinition => d.kind === 'breakdown' && d.source.kind === 'companies',
);

/** The i-th chart's part of one flat list of every chart's queries, given how many each has. */
function ownPart<T>(list: readonly T[], counts: readonly number[], i: number): T[] {
  const start = counts.slice(0, i).reduce((n, c) => n + c, 0);
  return list.slice(start, start + (counts[i] ?? 0));
}

/** Time and category charts: their observations and World Bank series, shaped once per answer. */
function useSourcedCharts(): Map<string, DeckChart> {
  const { filters } = useViewFilters();
  const locale = useLocale();
  const { markers } = useMilestones();
  const perChart = sourced.map((definition) => chartQueries(definition, filters));
  const results = useQueries({ queries: perChart.flat() });
  const counts = useStableList(perChart.map((queries) => queries.length));
  const answers = useStableList(results.map((r) => r.data));
  const outside = useStableList(sourced.map((definition) => outsideSpan(definition, filters)));
  const figures = useMemo(
    () =>
      sourced.map((definition, i): SlideFigure => {
        const own = ownPart(answers, counts, i).map((data) => ({ data }));
        const inputs = outside[i] ? null : chartInputs(definition, own);
        return definition.kind === 'time'
          ? { kind: 'time', shaped: inputs ? definition.shape(inputs, markers, locale) : null }
          : { kind: 'category', shaped: inputs ? definition.shape(inputs, locale) : null };
      }),
    [answers, counts, outside, markers, locale],
  );
  return new Map(
    sourced.flatMap((definition, i) => {
      const figure = figures[i];
      if (!definition.slide || !figure) return [];
      const queries = ownPart(results, counts, i);
      return [
        [definition.id, { id: definition.id, slide: definition.slide, subtitleValues: {}, queries, figure }],
      ];
    }),
  );
}

/** Breakdowns: narrowed by every shared filter, with zone and sector names in the reader's language. */
function useBreakdownCharts(): Map<string, DeckChart> {
  const { filters } = useViewFilters();
  const locale = useLocale();
  const { names, queries: nameQueries } = useNames();
  const observed = useQueries({
    queries: byObservations.map((d) => observationBreakdownQueries(d.source, filters)[0]),
  });
  const named = useQueries({ queries: byCompanies.map((d) => companyBreakdownQuery(d.source, filters)) });
  const observedData = useStableList(observed.map((r) => r.data));
  const namedData = useStableList(named.map((r) => r.data));
  const shaped = useMemo(
    () => [
      ...byObservations.map((d, i) => shapeObservationBreakdown(d.source, observedData[i], names, locale)),
      ...byCompanies.map((_, i) => shapeCompanyBreakdown(namedData[i], names, locale)),
    ],
    [observedData, namedData, names, locale],
  );
  const results = [...observed, ...named];
  return new Map(
    [...byObservations, ...byCompanies].flatMap((definition, i) => {
      const own = results[i];
      if (!definition.slide || !own) return [];
      const figure: SlideFigure = { kind: 'category', shaped: shaped[i] ?? null };
      const period = breakdownPeriod(definition, figure.shaped, locale);
      const chart: DeckChart = {
        id: definition.id,
        slide: definition.slide,
        subtitleValues: { period },
        queries: [own, ...nameQueries],
        figure,
      };
      return [[definition.id, chart] as const];
    }),
  );
}

/** Every chart of the deck, in `deckCharts` order, each with its queries and shaped figures. */
export function useDeckCharts(): DeckChart[] {
  const sourcedCharts = useSourcedCharts();
  const breakdowns = useBreakdownCharts();
  return deckCharts.flatMap((d: ChartDefinition) => {
    const chart = sourcedCharts.get(d.id) ?? breakdowns.get(d.id);
    return chart ? [chart] : [];
  });
}
