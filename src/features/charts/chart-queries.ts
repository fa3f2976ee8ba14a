import { keepPreviousData, type UseQueryResult } from '@tanstack/react-query';
import type { Observation } from '@/domain/observation';
import { worldBankSpan } from '@/domain/world-bank-span';
import { observationsQuery } from '@/lib/endpoints/observations';
import { worldBankQuery } from '@/lib/endpoints/world-bank';
import { applyViewFilters, type ViewFilters } from '@/lib/view-filters';
import { yearsEmpty, yearsFor } from './chart-hooks';
import type { ChartInputs, ChartSources } from './chart-definition';

const { from: WB_FROM, to: WB_TO } = worldBankSpan;

/**
 * The queries a defined chart needs under the view filters, for `useQueries`: its observations
 * first (if any), then one per World Bank indicator. Previous figures stay while a change loads.
 */
export function chartQueries(definition: ChartSources, filters: ViewFilters) {
  const observations = definition.observations
    ? [observationsQuery(applyViewFilters(definition.observations, filters, { breakdown: false }))]
    : [];
  const worldBank = (definition.worldBank?.indicators ?? []).map((indicator) =>
    worldBankQuery({
      indicator,
      countries: definition.worldBank?.countries ?? [],
      ...yearsFor(filters, WB_FROM, WB_TO),
    }),
  );
  return [...observations, ...worldBank].map((options) => ({
    ...options,
    placeholderData: keepPreviousData,
  }));
}

/** World Bank series end where the span ends: outside it there is nothing to ask for or show. */
export const outsideSpan = (definition: ChartSources, filters: ViewFilters): boolean =>
  definition.worldBank !== undefined && yearsEmpty(filters, WB_FROM, WB_TO);

/** The answers of `chartQueries`, once all have data, as the definition's shaping function takes them. */
export function chartInputs(
  definition: ChartSources,
  results: readonly Pick<UseQueryResult<Observation[]>, 'data'>[],
): ChartInputs | null {
  if (results.some((r) => r.data === undefined)) return null;
  const data = results.map((r) => r.data ?? []);
  const [first = [], ...rest] = definition.observations ? data : [[], ...data];
  return { observations: first, worldBank: rest.flat() };
}
