/**
 * What a breakdown definition asks of the API under the view filters, and how its answers are
 * shaped: shared by the page's `DefinedBreakdownChart` and the deck's chart slides.
 */
import { keepPreviousData } from '@tanstack/react-query';
import type { Company } from '@/domain/company';
import type { Observation } from '@/domain/observation';
import { companiesQuery } from '@/lib/endpoints/companies';
import { observationsQuery } from '@/lib/endpoints/observations';
import type { Locale } from '@/lib/locale';
import { applyViewFilters, type ViewFilters } from '@/lib/view-filters';
import type { BreakdownChartDefinition, CompanySource, ObservationSource } from './chart-definition';
import type { CategoryChartModel, Shaped } from './chart-model';
import { toYearSectorBreakdown, toZoneSectorBreakdown, type Names } from './to-breakdown';
import { toNamedCompanies } from './to-named-companies';

export type ObservationDefinition = BreakdownChartDefinition & { source: ObservationSource };
export type CompanyDefinition = BreakdownChartDefinition & { source: CompanySource };

/**
 * The breakdown narrowed by every shared filter, then the same unfiltered (its legend lists every
 * sector, so one filtered away can be switched back on). Previous figures stay while a change loads.
 */
export function observationBreakdownQueries(source: ObservationSource, filters: ViewFilters) {
  const query = (breakdown: boolean) => ({
    ...observationsQuery(applyViewFilters({ indicators: [source.indicatorId] }, filters, { breakdown })),
    placeholderData: keepPreviousData,
  });
  return [query(true), query(false)] as const;
}

/** A zone's named companies: sector filters apply; zone filters cannot, the chart is about one zone. */
export const companyBreakdownQuery = (source: CompanySource, filters: ViewFilters) =>
  companiesQuery({ zones: [source.zoneId], sectors: filters.sectors });

export function shapeObservationBreakdown(
  source: ObservationSource,
  data: readonly Observation[] | undefined,
  names: Names | null,
  locale: Locale,
): Shaped<CategoryChartModel> | null {
  const { indicatorId, unit, by, valueHeader, noun } = source;
  const shape = by === 'zone' ? toZoneSectorBreakdown : toYearSectorBreakdown;
  return data && names ? shape(data, indicatorId, unit, names, valueHeader, noun, locale) : null;
}

export const shapeCompanyBreakdown = (
  data: readonly Company[] | undefined,
  names: Names | null,
  locale: Locale,
): Shaped<CategoryChartModel> | null => (data && names ? toNamedCompanies(data, names, locale) : null);

/** The subtitle's `period`: the year a by-zone breakdown draws, in the reader's words, or "none". */
export function breakdownPeriod(
  definition: BreakdownChartDefinition,
  shaped: Shaped<CategoryChartModel> | null,
  locale: Locale,
): string {
  const byZone = definition.source.kind === 'observations' && definition.source.by === 'zone';
  const period = shaped && byZone ? String(shaped.table.rows[0]?.values.period ?? '') : '';
  return period ? locale.period(period) : 'none';
}
