import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useViewFilters } from '@/hooks/use-view-filters';
import { observationsQuery } from '@/lib/endpoints/observations';
import { worldBankQuery } from '@/lib/endpoints/world-bank';
import { applyViewFilters } from '@/lib/view-filters';
import { panelState, useMilestones, yearsEmpty, yearsFor } from './chart-hooks';
import { nationalScope, yearsEmptyText } from './scope';
import { periodRange } from './summaries';
import { TimeChartPanel } from './time-chart-panel';
import { toPopulationChart, type Country } from './to-population';

const WB_SPAN = [2010, 2024] as const;

/** Pakistan's and China's populations side by side: their scales differ too much for one axis. */
export function PopulationPanels() {
  const { filters } = useViewFilters();
  const outside = yearsEmpty(filters, ...WB_SPAN);
  const worldBank = useQuery({
    ...worldBankQuery({
      indicator: 'SP.POP.TOTL',
      countries: ['CHN', 'PAK'],
      ...yearsFor(filters, ...WB_SPAN),
    }),
    placeholderData: keepPreviousData,
  });
  const census = useQuery({
    ...observationsQuery(
      applyViewFilters({ indicators: ['population'], geos: ['PAK'] }, filters, { breakdown: false }),
    ),
    placeholderData: keepPreviousData,
  });
  const { markers } = useMilestones();
  const panel = (country: Country) => {
    const shaped =
      worldBank.data && census.data && !outside
        ? toPopulationChart(worldBank.data, census.data, country, markers)
        : null;
    const years = periodRange(shaped?.model.ticks.map((t) => t.label) ?? []);
    return (
      <TimeChartPanel
        key={country}
        id={`population-${country.toLowerCase()}`}
        indicators={country === 'PAK' ? ['population'] : undefined}
        title={country === 'PAK' ? "Pakistan's population" : "China's population"}
        subtitle={`Persons${years ? `, ${years}` : ''}${country === 'PAK' ? ': World Bank estimate and census counts' : ': World Bank estimate'}`}
        state={panelState(country === 'PAK' ? [worldBank, census] : [worldBank])}
        shaped={shaped}
        empty={outside ? yearsEmptyText('population figures') : 'No population figures were returned.'}
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
