/**
 * The national category charts (bars by census year or province), one definition each, drawn by
 * `DefinedCategoryChart`. Adding one is an entry here and one tested `to-*.ts` shaping function.
 */
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';
import { listOf } from './summaries';
import type { CategoryChartDefinition, ChartInputs } from './chart-definition';
import { toCensusComparison } from './to-census-comparison';
import { toFortune500 } from './to-fortune500';
import { latestCensusYear, toProvincePopulation, toUrbanShare } from './to-provinces';

const m = defineMessages({
  fortuneTitle: {
    id: 'charts.seda.fortune-title',
    defaultMessage: 'SEDA on the Fortune lists: report against claim',
    description: 'Chart title (SEDA: Shenyang Economic and Technological Development Zone).',
  },
  fortuneSubtitle: {
    id: 'charts.seda.fortune-subtitle',
    defaultMessage:
      'Number of companies, as each source states it: Fortune Global 500 (China Daily) and “Fortune 500” (the announcement)',
    description: 'Chart subtitle; keep the list names as they are.',
  },
  fortuneEmpty: {
    id: 'charts.seda.fortune-empty',
    defaultMessage: 'Fortune 500 counts',
    description: 'Noun phrase for "No … in the selected years".',
  },
  provincePopulationTitle: {
    id: 'charts.provinces.population-title',
    defaultMessage: 'Population by province',
    description: 'Chart title.',
  },
  provincePopulationSubtitle: {
    id: 'charts.provinces.population-subtitle',
    defaultMessage: '{year, select, none {Persons, census} other {Persons, {year} census}}',
    description: 'Chart subtitle; year is the census year or none until loaded.',
  },
  urbanTitle: {
    id: 'charts.provinces.urban-title',
    defaultMessage: 'Urban share by province',
    description: 'Chart title.',
  },
  urbanSubtitle: {
    id: 'charts.provinces.urban-subtitle',
    defaultMessage:
      "Per cent of each province's population living in urban areas, {year, select, none {census} other {{year} census}}",
    description: 'Chart subtitle; year is the census year or none until loaded.',
  },
  provincesEmpty: {
    id: 'charts.provinces.empty',
    defaultMessage: 'census figures by province',
    description: 'Noun phrase for "No … in the selected years".',
  },
  censusTitle: {
    id: 'charts.census.title',
    defaultMessage: "Pakistan's census count against the World Bank estimate",
    description: 'Chart title.',
  },
  censusSubtitle: {
    id: 'charts.census.subtitle',
    defaultMessage: '{years, select, none {Persons, census years} other {Persons, census years {years}}}',
    description: 'Chart subtitle; years is a list of census years ("2017 and 2023") or none until loaded.',
  },
  censusEmpty: {
    id: 'charts.census.empty',
    defaultMessage: 'census figures',
    description: 'Noun phrase for "No … in the selected years".',
  },
});

const censusYear = (inputs: ChartInputs | null, locale: Locale) => {
  const year = inputs ? latestCensusYear(inputs.observations) : '';
  return year ? locale.period(year) : 'none';
};

// Both province charts come from one request.
const PROVINCES = { indicators: ['population', 'urban-share'] };

export const fortune500Chart: CategoryChartDefinition = {
  kind: 'category',
  id: 'seda-fortune500',
  title: m.fortuneTitle,
  subtitle: (_, __, locale) => locale.format(m.fortuneSubtitle),
  observations: { indicators: ['seda-fortune500'] },
  indicators: ['seda-fortune500'],
  shape: ({ observations }, locale) => toFortune500(observations, locale),
  empty: m.fortuneEmpty,
  notNational: true,
  slide: { id: 'chart-seda-fortune500', title: m.fortuneTitle, subtitle: m.fortuneSubtitle },
};

export const categoryCharts: readonly CategoryChartDefinition[] = [
  {
    kind: 'category',
    id: 'province-population',
    title: m.provincePopulationTitle,
    subtitle: (inputs, _, locale) =>
      locale.format(m.provincePopulationSubtitle, { year: censusYear(inputs, locale) }),
    observations: PROVINCES,
    indicators: ['population'],
    shape: ({ observations }, locale) => toProvincePopulation(observations, locale),
    empty: m.provincesEmpty,
  },
  {
    kind: 'category',
    id: 'province-urban-share',
    title: m.urbanTitle,
    subtitle: (inputs, _, locale) => locale.format(m.urbanSubtitle, { year: censusYear(inputs, locale) }),
    observations: PROVINCES,
    indicators: ['urban-share'],
    shape: ({ observations }, locale) => toUrbanShare(observations, locale),
    empty: m.provincesEmpty,
  },
  {
    kind: 'category',
    id: 'census-vs-world-bank',
    title: m.censusTitle,
    subtitle: (_, shaped, locale) =>
      locale.format(m.censusSubtitle, {
        years: shaped
          ? listOf(
              shaped.model.data.map((d) => String(d.x)),
              locale,
            )
          : 'none',
      }),
    observations: { indicators: ['population'], geos: ['PAK'] },
    indicators: ['population'],
    worldBank: { indicators: ['SP.POP.TOTL'], countries: ['CHN', 'PAK'] },
    shape: ({ observations, worldBank }, locale) => toCensusComparison(observations, worldBank, locale),
    empty: m.censusEmpty,
  },
];
