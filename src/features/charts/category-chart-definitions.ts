/**
 * The national category charts (bars by census year or province), one definition each, drawn by
 * `DefinedCategoryChart`. Adding one is an entry here and one tested `to-*.ts` shaping function.
 */
import type { CategoryChartModel, Shaped } from './chart-model';
import type { ChartInputs, ChartSources } from './time-chart-definitions';
import { toCensusComparison } from './to-census-comparison';
import { toFortune500 } from './to-seda';
import { latestCensusYear, toProvincePopulation, toUrbanShare } from './to-provinces';

export interface CategoryChartDefinition extends ChartSources {
  /** The line under the title, from the figures once they are in (null until then). */
  subtitle: (inputs: ChartInputs | null, shaped: Shaped<CategoryChartModel> | null) => string;
  shape: (inputs: ChartInputs) => Shaped<CategoryChartModel> | null;
  /** Not national figures (e.g. about SEDA alone): no note that zone and sector filters do not apply. */
  notNational?: true;
}

const censusYear = (inputs: ChartInputs | null) => {
  const year = inputs ? latestCensusYear(inputs.observations) : '';
  return year ? `${year} ` : '';
};

// Both province charts come from one request.
const PROVINCES = { indicators: ['population', 'urban-share'] };

export const fortune500Chart: CategoryChartDefinition = {
  id: 'seda-fortune500',
  title: 'SEDA on the Fortune lists: report against claim',
  subtitle: () =>
    'Number of companies, as each source states it: Fortune Global 500 (China Daily) and “Fortune 500” (the announcement)',
  observations: { indicators: ['seda-fortune500'] },
  indicators: ['seda-fortune500'],
  shape: ({ observations }) => toFortune500(observations),
  empty: 'Fortune 500 counts',
  notNational: true,
};

export const categoryCharts: readonly CategoryChartDefinition[] = [
  {
    id: 'province-population',
    title: 'Population by province',
    subtitle: (inputs) => `Persons, ${censusYear(inputs)}census`,
    observations: PROVINCES,
    indicators: ['population'],
    shape: ({ observations }) => toProvincePopulation(observations),
    empty: 'census figures by province',
  },
  {
    id: 'province-urban-share',
    title: 'Urban share by province',
    subtitle: (inputs) =>
      `Per cent of each province's population living in urban areas, ${censusYear(inputs)}census`,
    observations: PROVINCES,
    indicators: ['urban-share'],
    shape: ({ observations }) => toUrbanShare(observations),
    empty: 'census figures by province',
  },
  {
    id: 'census-vs-world-bank',
    title: "Pakistan's census count against the World Bank estimate",
    subtitle: (_, shaped) =>
      `Persons, census years${shaped ? ` ${shaped.model.data.map((d) => d.x).join(' and ')}` : ''}`,
    observations: { indicators: ['population'], geos: ['PAK'] },
    indicators: ['population'],
    worldBank: { indicators: ['SP.POP.TOTL'], countries: ['CHN', 'PAK'] },
    shape: ({ observations, worldBank }) => toCensusComparison(observations, worldBank),
    empty: 'census figures',
  },
];
