import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useViewFilters } from '@/hooks/use-view-filters';
import { worldBankQuery } from '@/lib/endpoints/world-bank';
import { CategoryChartPanel } from './category-chart-panel';
import { panelState, useMilestones, useObservations, yearsEmpty, yearsFor } from './chart-hooks';
import { nationalScope, yearsEmptyText } from './scope';
import { periodRange } from './summaries';
import { TimeChartPanel } from './time-chart-panel';
import { toAgeStructure } from './to-age-structure';
import { toCensusComparison } from './to-census-comparison';
import type { Country } from './to-population';
import { toProvincePopulation, toUrbanShare } from './to-provinces';

const WB_SPAN = [2010, 2024] as const;

export function CensusPanel() {
  const { filters } = useViewFilters();
  const census = useObservations({ indicators: ['population'], geos: ['PAK'] }, { breakdown: false });
  const worldBank = useQuery({
    ...worldBankQuery({
      indicator: 'SP.POP.TOTL',
      countries: ['CHN', 'PAK'],
      ...yearsFor(filters, ...WB_SPAN),
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

/** Age structure of Pakistan and China side by side: young Pakistan, ageing China. */
export function AgePanels() {
  const { filters } = useViewFilters();
  const outside = yearsEmpty(filters, ...WB_SPAN);
  const years = yearsFor(filters, ...WB_SPAN);
  const young = useQuery({
    ...worldBankQuery({ indicator: 'SP.POP.0014.TO.ZS', countries: ['CHN', 'PAK'], ...years }),
    placeholderData: keepPreviousData,
  });
  const old = useQuery({
    ...worldBankQuery({ indicator: 'SP.POP.65UP.TO.ZS', countries: ['CHN', 'PAK'], ...years }),
    placeholderData: keepPreviousData,
  });
  const { markers } = useMilestones();
  const panel = (country: Country) => {
    const shaped =
      young.data && old.data && !outside
        ? toAgeStructure([...young.data, ...old.data], country, markers)
        : null;
    const span = periodRange(shaped?.model.ticks.map((t) => t.label) ?? []);
    return (
      <TimeChartPanel
        key={country}
        id={`age-structure-${country.toLowerCase()}`}
        title={`Age structure of ${country === 'PAK' ? "Pakistan's" : "China's"} population`}
        subtitle={`Per cent of the population${span ? `, ${span}` : ''}; 15–64 derived as 100 − the other two`}
        state={panelState([young, old])}
        shaped={shaped}
        empty={outside ? yearsEmptyText('age shares') : 'No age shares were returned.'}
        scopeNote={nationalScope(filters)}
      />
    );
  };
  return (
    <>
      {panel('PAK')}
      {panel('CHN')}
    </>
  );
}

/** Provinces in the latest census: population, and how urban each is against the national share. */
export function ProvincePanels() {
  const { filters } = useViewFilters();
  const census = useObservations({ indicators: ['population', 'urban-share'] }, { breakdown: false });
  const state = panelState([census]);
  const population = census.data ? toProvincePopulation(census.data) : null;
  const urban = census.data ? toUrbanShare(census.data) : null;
  const year = population?.model.data[0]?.heading.match(/\d{4}/)?.[0] ?? '';
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
