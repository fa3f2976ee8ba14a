/** The demographics page's time charts: each country's population and age structure. */
import { defineMessages } from '@/lib/messages';
import { spanArg as span, type TimeChartDefinition } from './chart-definition';
import { toAgeStructure } from './to-age-structure';
import { toPopulationChart } from './to-population';

const m = defineMessages({
  populationTitle: {
    id: 'charts.population.title',
    defaultMessage: "{country, select, PAK {Pakistan's} other {China's}} population",
    description: 'Chart title; country is Pakistan or China.',
  },
  populationSubtitle: {
    id: 'charts.population.subtitle',
    defaultMessage:
      'Persons{span, select, none {} other {, {span}}}{country, select, PAK {: World Bank estimate and census counts} other {: World Bank estimate}}',
    description: 'Chart subtitle; span is the years drawn ("1960–2024") or none.',
  },
  populationEmpty: {
    id: 'charts.population.empty',
    defaultMessage: 'population figures',
    description: 'Noun phrase for "No … in the selected years".',
  },
  populationNone: {
    id: 'charts.population.none',
    defaultMessage: 'No population figures were returned.',
    description: 'Empty state when the data service answered with nothing.',
  },
  ageTitle: {
    id: 'charts.age.title',
    defaultMessage: "Age structure of {country, select, PAK {Pakistan's} other {China's}} population",
    description: 'Chart title; country is Pakistan or China.',
  },
  ageSubtitle: {
    id: 'charts.age.subtitle',
    defaultMessage:
      'Per cent of the population{span, select, none {} other {, {span}}}; 15–64 derived as 100 − the other two',
    description: 'Chart subtitle; span is the years drawn or none.',
  },
  ageEmpty: {
    id: 'charts.age.empty',
    defaultMessage: 'age shares',
    description: 'Noun phrase for "No … in the selected years".',
  },
  ageNone: {
    id: 'charts.age.none',
    defaultMessage: 'No age shares were returned.',
    description: 'Empty state when the data service answered with nothing.',
  },
});

/** Each country on its own axis: their scales differ too much for one. Pakistan's census beside it. */
export const populationCharts: readonly TimeChartDefinition[] = (['PAK', 'CHN'] as const).map((country) => ({
  kind: 'time',
  id: `population-${country.toLowerCase()}`,
  title: m.populationTitle,
  titleValues: { country },
  subtitle: (s, locale) => locale.format(m.populationSubtitle, { span: span(s), country }),
  ...(country === 'PAK' && {
    observations: { indicators: ['population'], geos: ['PAK'] },
    indicators: ['population'],
  }),
  worldBank: { indicators: ['SP.POP.TOTL'], countries: ['CHN', 'PAK'] },
  shape: ({ observations, worldBank }, markers, locale) =>
    toPopulationChart(worldBank, observations, country, markers, locale),
  empty: m.populationEmpty,
  emptyAnswer: m.populationNone,
}));

/** Young Pakistan, ageing China: the shares of the population by broad age group. */
const ageCharts: readonly TimeChartDefinition[] = (['PAK', 'CHN'] as const).map((country) => ({
  kind: 'time',
  id: `age-structure-${country.toLowerCase()}`,
  title: m.ageTitle,
  titleValues: { country },
  subtitle: (s, locale) => locale.format(m.ageSubtitle, { span: span(s) }),
  worldBank: { indicators: ['SP.POP.0014.TO.ZS', 'SP.POP.65UP.TO.ZS'], countries: ['CHN', 'PAK'] },
  shape: ({ worldBank }, markers, locale) => toAgeStructure(worldBank, country, markers, locale),
  empty: m.ageEmpty,
  emptyAnswer: m.ageNone,
}));

/** The page draws them in this order, before its category charts. */
export const demographicsTimeCharts: readonly TimeChartDefinition[] = [...populationCharts, ...ageCharts];
