import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useViewFilters } from '@/hooks/use-view-filters';
import { worldBankSpan } from '@/domain/world-bank';
import { worldBankQuery } from '@/lib/endpoints/world-bank';
import { CategoryChartPanel } from './category-chart-panel';
import { panelState, useObservations, yearsFor } from './chart-hooks';
import { nationalScope, yearsEmptyText } from './scope';
import { toCensusComparison } from './to-census-comparison';
import { latestCensusYear, toProvincePopulation, toUrbanShare } from './to-provinces';

export function CensusPanel() {
  const { filters } = useViewFilters();
  const census = useObservations({ indicators: ['population'], geos: ['PAK'] }, { breakdown: false });
  const worldBank = useQuery({
    ...worldBankQuery({
      indicator: 'SP.POP.TOTL',
      countries: ['CHN', 'PAK'],
      ...yearsFor(filters, worldBankSpan.from, worldBankSpan.to),
    }),
    placeholderData: keepPreviousData,
  });
  const shaped = census.data && worldBank.data ? toCensusComparison(census.data, worldBank.data) : null;
  return (
    <CategoryChartPanel
      id="census-vs-world-bank"
      indicators={['population']}
      title="Pakistan's census count against the World Bank estimate"
      subtitle={`Persons, census years${shaped ? ` ${shaped.model.data.map((d) => d.x).join(' and ')}` : ''}`}
      state={panelState([census, worldBank])}
      shaped={shaped}
      empty={yearsEmptyText('census figures')}
      scopeNote={nationalScope(filters)}
    />
  );
}

/** Provinces in the latest census: population, and how urban each is against the national share. */
export function ProvincePanels() {
  const { filters } = useViewFilters();
  const census = useObservations({ indicators: ['population', 'urban-share'] }, { breakdown: false });
  const state = panelState([census]);
  const population = census.data ? toProvincePopulation(census.data) : null;
  const urban = census.data ? toUrbanShare(census.data) : null;
  const year = census.data ? latestCensusYear(census.data) : '';
  return (
    <>
      <CategoryChartPanel
        id="province-population"
        indicators={['population']}
        title="Population by province"
        subtitle={`Persons, ${year ? `${year} ` : ''}census`}
        state={state}
        shaped={population}
        empty={yearsEmptyText('census figures by province')}
        scopeNote={nationalScope(filters)}
      />
      <CategoryChartPanel
        id="province-urban-share"
        indicators={['urban-share']}
        title="Urban share by province"
        subtitle={`Per cent of each province's population living in urban areas, ${year ? `${year} ` : ''}census`}
        state={state}
        shaped={urban}
        empty={yearsEmptyText('census figures by province')}
        scopeNote={nationalScope(filters)}
      />
    </>
  );
}
