import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLocale } from '@/components/language-provider';
import { useDeferredList } from '@/hooks/use-deferred-list';
import { useViewFilters } from '@/hooks/use-view-filters';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { hasBreakdownFilter, type ViewFilters } from '@/lib/view-filters';
import {
  breakdownPeriod,
  companyBreakdownQuery,
  observationBreakdownQueries,
  shapeCompanyBreakdown,
  shapeObservationBreakdown,
  type CompanyDefinition,
  type ObservationDefinition,
} from './breakdown-queries';
import { CategoryChartPanel } from './category-chart-panel';
import type { BreakdownChartDefinition } from './chart-definition';
import { panelState, useNames } from './chart-hooks';
import type { Names } from './to-breakdown';

const messages = defineMessages({
  filteredEmpty: {
    id: 'charts.breakdown.filtered-empty',
    defaultMessage:
      'No illustrative figures for the selected zones and sectors. Clear or change the filters to see the breakdown.',
    description: 'Empty state of an illustrative breakdown narrowed by zone or sector filters.',
  },
  zonesLine: {
    id: 'charts.breakdown.csv-zones',
    defaultMessage: 'Filtered to zones: {zones}',
    description: 'A line at the top of a downloaded CSV; zones is a list of zone names.',
  },
  sectorsLine: {
    id: 'charts.breakdown.csv-sectors',
    defaultMessage: 'Filtered to sectors: {sectors}',
    description: 'A line at the top of a downloaded CSV; sectors is a list of sector names.',
  },
});

/** The filter lines a CSV starts with when zones or sectors narrow it, so the file says what it holds. */
function filterLines(filters: ViewFilters, names: Names | null, locale: Locale): string[] {
  if (!hasBreakdownFilter(filters)) return [];
  const named = (ids: string[], map: ReadonlyMap<string, string> | undefined) =>
    ids.map((id) => map?.get(id) ?? id).join('; ');
  return [
    ...(filters.zones.length
      ? [locale.format(messages.zonesLine, { zones: named(filters.zones, names?.zones) })]
      : []),
    ...(filters.sectors.length
      ? [locale.format(messages.sectorsLine, { sectors: named(filters.sectors, names?.sectors) })]
      : []),
  ];
}

/**
 * An illustrative zone × sector breakdown, narrowed by every shared filter. The legend lists the
 * sectors of the unfiltered breakdown, so a sector filtered away can still be switched back on.
 */
function ObservationBreakdown({ definition }: { definition: ObservationDefinition }) {
  const { filters } = useViewFilters();
  const locale = useLocale();
  const { source } = definition;
  // Two hooks, not one useQueries: with no zone or sector filter both ask the same, and share it.
  const [filteredQuery, everythingQuery] = observationBreakdownQueries(source, filters);
  const filtered = useQuery(filteredQuery);
  const everything = useQuery(everythingQuery);
  const { names: latestNames, queries } = useNames();
  // Shaped once per answer, not on every render, and in a deferred render (hooks/use-deferred-list.ts).
  const {
    list: [filteredData, everythingData, names],
    catchingUp,
  } = useDeferredList([filtered.data, everything.data, latestNames] as const);
  const shaped = useMemo(
    () => shapeObservationBreakdown(source, filteredData, names, locale),
    [source, filteredData, names, locale],
  );
  const universe = useMemo(
    () => shapeObservationBreakdown(source, everythingData, names, locale),
    [source, everythingData, names, locale],
  );
  return (
    <CategoryChartPanel
      id={definition.id}
      indicators={[source.indicatorId]}
      title={locale.format(definition.title)}
      subtitle={locale.format(definition.subtitle, { period: breakdownPeriod(definition, shaped, locale) })}
      state={panelState([filtered, everything, ...queries], catchingUp && !shaped)}
      shaped={shaped}
      legendSeries={universe?.model.series}
      empty={locale.format(hasBreakdownFilter(filters) ? messages.filteredEmpty : definition.empty)}
      crossFilter
      csvPreamble={filterLines(filters, names, locale)}
    />
  );
}

/** A zone's named companies: sector filters apply; zone filters cannot, the chart is about one zone. */
function CompanyBreakdown({ definition }: { definition: CompanyDefinition }) {
  const { filters } = useViewFilters();
  const locale = useLocale();
  const companies = useQuery(companyBreakdownQuery(definition.source, filters));
  const { names: latestNames, queries } = useNames();
  const {
    list: [companyData, names],
    catchingUp,
  } = useDeferredList([companies.data, latestNames] as const);
  const shaped = useMemo(
    () => shapeCompanyBreakdown(companyData, names, locale),
    [companyData, names, locale],
  );
  return (
    <CategoryChartPanel
      id={definition.id}
      title={locale.format(definition.title)}
      subtitle={locale.format(definition.subtitle, { period: 'none' })}
      state={panelState([companies, ...queries], catchingUp && !shaped)}
      shaped={shaped}
      empty={locale.format(definition.empty)}
      scopeNote={filters.zones.length ? locale.format(definition.source.zoneScope) : null}
      crossFilter
    />
  );
}

/** One breakdown from its definition: queries, shaping, chart, table, sources, summary, downloads. */
export function DefinedBreakdownChart({ definition }: { definition: BreakdownChartDefinition }) {
  const { source } = definition;
  return source.kind === 'observations' ? (
    <ObservationBreakdown definition={{ ...definition, source }} />
  ) : (
    <CompanyBreakdown definition={{ ...definition, source }} />
  );
}
