/**
 * The national time charts of observations, one definition each: the charts pages draw them with
 * `DefinedTimeChart`, and those with a `slide` are in the deck too (chart-slides.tsx). Adding such
 * a chart is one entry here and one tested `to-*.ts` shaping function.
 */
import type { ObservationFilter } from '@/domain/api';
import type { Observation } from '@/domain/observation';
import type { WorldBankIndicatorId } from '@/domain/world-bank';
import type { Locale } from '@/lib/locale';
import { defineMessages, type MessageDescriptor } from '@/lib/messages';
import type { Shaped, TimeChartModel } from './chart-model';
import type { EventMarker } from './to-event-markers';
import { toCpecChart } from './to-cpec';
import { toAgeStructure } from './to-age-structure';
import { toFdiChart } from './to-fdi';
import { ictExportsSeries, pbsExportsSeries, toFiscalBars } from './to-fiscal-bars';
import { toPopulationChart } from './to-population';
import { toZoneCountChart } from './to-zone-count';

/** What a defined chart asks for; chart-queries.ts turns it into queries under the view filters. */
export interface ChartSources {
  /** Stable: names the chart's region, its downloads and `?table=`. */
  id: string;
  title: MessageDescriptor;
  /** Arguments of the title's message, e.g. the country of one of a pair of charts. */
  titleValues?: Record<string, string>;
  /** National figures from our API: the year filter narrows them, zone and sector filters do not apply. */
  observations?: ObservationFilter;
  /** World Bank series over `worldBankSpan`, clipped to the year filter; one request per indicator. */
  worldBank?: { indicators: readonly WorldBankIndicatorId[]; countries: readonly ('PAK' | 'CHN')[] };
  /** The indicators of our API drawn, for "updated …, next expected …" (GET /meta). */
  indicators?: readonly string[];
  /** Named by the empty state: "No {empty} in the selected years…" (a noun phrase). */
  empty: MessageDescriptor;
  /** The empty state when the years are fine but nothing came back (default: the years text). */
  emptyAnswer?: MessageDescriptor;
}

export interface TimeChartDefinition extends ChartSources {
  /** The line under the title; `span` is the period range drawn ("FY2016–FY2025"), null until loaded. */
  subtitle: (span: string | null, locale: Locale) => string;
  shape: (
    inputs: ChartInputs,
    markers: readonly EventMarker[],
    locale: Locale,
  ) => Shaped<TimeChartModel> | null;
  height?: number;
  /** Shown in the presenter's deck too, under this title and subtitle. */
  slide?: { id: string; title: MessageDescriptor; subtitle: MessageDescriptor };
}

export interface ChartInputs {
  observations: readonly Observation[];
  /** Every requested World Bank indicator's observations, together. */
  worldBank: readonly Observation[];
}

const m = defineMessages({
  fdiTitle: {
    id: 'charts.fdi.title',
    defaultMessage: 'Net FDI into Pakistan, all countries and from China',
    description: 'Chart title (FDI: foreign direct investment).',
  },
  fdiSubtitle: {
    id: 'charts.fdi.subtitle',
    defaultMessage:
      "US dollars by fiscal year (July–June){span, select, none {} other {, {span}}}; China's share above its bars",
    description: 'Chart subtitle; span is the fiscal years drawn ("FY2016–FY2025") or none.',
  },
  fdiEmpty: {
    id: 'charts.fdi.empty',
    defaultMessage: 'FDI figures',
    description: 'Noun phrase for "No … in the selected years".',
  },
  fdiSlideTitle: {
    id: 'charts.fdi.slide-title',
    defaultMessage: 'Net FDI into Pakistan, and China’s part',
    description: 'Presenter slide title.',
  },
  fdiSlideSubtitle: {
    id: 'charts.fdi.slide-subtitle',
    defaultMessage: 'US dollars by fiscal year (July–June); China’s share above its bars',
    description: 'Presenter slide subtitle.',
  },
  cpecTitle: {
    id: 'charts.cpec.title',
    defaultMessage: 'CPEC headline figures',
    description: 'Chart title (CPEC: China–Pakistan Economic Corridor).',
  },
  cpecSubtitle: {
    id: 'charts.cpec.subtitle',
    defaultMessage: 'US dollars, at the date each figure was stated; separate statements, not a series',
    description: 'Chart subtitle.',
  },
  cpecEmpty: {
    id: 'charts.cpec.empty',
    defaultMessage: 'CPEC headline figures',
    description: 'Noun phrase for "No … in the selected years".',
  },
  ictTitle: {
    id: 'charts.ict.title',
    defaultMessage: 'ICT export remittances (State Bank series)',
    description: 'Chart title.',
  },
  ictSubtitle: {
    id: 'charts.ict.subtitle',
    defaultMessage:
      'US dollars by fiscal year{span, select, none {} other {, {span}}}; telecom, computer and information services',
    description: 'Chart subtitle; span is the fiscal years drawn or none.',
  },
  ictEmpty: {
    id: 'charts.ict.empty',
    defaultMessage: 'ICT export figures',
    description: 'Noun phrase for "No … in the selected years".',
  },
  ictSlideTitle: {
    id: 'charts.ict.slide-title',
    defaultMessage: 'ICT export remittances',
    description: 'Presenter slide title.',
  },
  ictSlideSubtitle: {
    id: 'charts.ict.slide-subtitle',
    defaultMessage:
      'US dollars by fiscal year, State Bank of Pakistan series: telecom, computer and information services',
    description: 'Presenter slide subtitle.',
  },
  pbsTitle: {
    id: 'charts.pbs.title',
    defaultMessage: 'IT services exports (PBS series)',
    description: 'Chart title (PBS: Pakistan Bureau of Statistics).',
  },
  pbsSubtitle: {
    id: 'charts.pbs.subtitle',
    defaultMessage:
      "US dollars by fiscal year{span, select, none {} other {, {span}}}; a different series from the State Bank's, so charted apart",
    description: 'Chart subtitle; span is the fiscal years drawn or none.',
  },
  pbsEmpty: {
    id: 'charts.pbs.empty',
    defaultMessage: 'PBS IT export figures',
    description: 'Noun phrase for "No … in the selected years".',
  },
  zonesTitle: {
    id: 'charts.zone-count.title',
    defaultMessage: 'Special Technology Zones over time',
    description: 'Chart title.',
  },
  zonesSubtitle: {
    id: 'charts.zone-count.subtitle',
    defaultMessage: 'Number of zones, as reported at each date',
    description: 'Chart subtitle.',
  },
  zonesEmpty: {
    id: 'charts.zone-count.empty',
    defaultMessage: 'zone counts',
    description: 'Noun phrase for "No … in the selected years".',
  },
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

const span = (s: string | null) => s || 'none';

// Both export series come in one request; each chart shapes its own.
const EXPORTS: ObservationFilter = { indicators: ['ict-exports', 'pbs-it-exports'], geos: ['PAK'] };

export const fdiChart: TimeChartDefinition = {
  id: 'fdi',
  title: m.fdiTitle,
  subtitle: (s, locale) => locale.format(m.fdiSubtitle, { span: span(s) }),
  // Every vintage: the chart shows first-reported and revised figures side by side.
  observations: { indicators: ['fdi-net-total', 'fdi-net-china'], geos: ['PAK'], vintage: 'all' },
  indicators: ['fdi-net-total', 'fdi-net-china'],
  shape: ({ observations }, markers, locale) => toFdiChart(observations, markers, locale),
  empty: m.fdiEmpty,
  height: 380,
  slide: {
    id: 'chart-fdi',
    title: m.fdiSlideTitle,
    subtitle: m.fdiSlideSubtitle,
  },
};

export const cpecChart: TimeChartDefinition = {
  id: 'cpec',
  title: m.cpecTitle,
  subtitle: (_, locale) => locale.format(m.cpecSubtitle),
  observations: { indicators: ['cpec-headline'] },
  indicators: ['cpec-headline'],
  shape: ({ observations }, markers, locale) => toCpecChart(observations, markers, locale),
  empty: m.cpecEmpty,
};

/** SBP's ICT remittances and PBS's IT exports: two series, two charts, never one axis. */
export const ictExportsChart: TimeChartDefinition = {
  id: 'ict-exports',
  title: m.ictTitle,
  subtitle: (s, locale) => locale.format(m.ictSubtitle, { span: span(s) }),
  observations: EXPORTS,
  indicators: ['ict-exports'],
  shape: ({ observations }, markers, locale) =>
    toFiscalBars(observations, 'ict-exports', ictExportsSeries, markers, locale),
  empty: m.ictEmpty,
  slide: { id: 'chart-ict-exports', title: m.ictSlideTitle, subtitle: m.ictSlideSubtitle },
};

export const pbsExportsChart: TimeChartDefinition = {
  id: 'pbs-it-exports',
  title: m.pbsTitle,
  subtitle: (s, locale) => locale.format(m.pbsSubtitle, { span: span(s) }),
  observations: EXPORTS,
  indicators: ['pbs-it-exports'],
  shape: ({ observations }, markers, locale) =>
    toFiscalBars(observations, 'pbs-it-exports', pbsExportsSeries, markers, locale),
  empty: m.pbsEmpty,
};

export const zoneCountChart: TimeChartDefinition = {
  id: 'zones-notified',
  title: m.zonesTitle,
  subtitle: (_, locale) => locale.format(m.zonesSubtitle),
  observations: { indicators: ['stz-count'] },
  indicators: ['stz-count'],
  shape: ({ observations }, markers, locale) => toZoneCountChart(observations, markers, locale),
  empty: m.zonesEmpty,
};

/** Each country on its own axis: their scales differ too much for one. Pakistan's census beside it. */
export const populationCharts: readonly TimeChartDefinition[] = (['PAK', 'CHN'] as const).map((country) => ({
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
export const ageCharts: readonly TimeChartDefinition[] = (['PAK', 'CHN'] as const).map((country) => ({
  id: `age-structure-${country.toLowerCase()}`,
  title: m.ageTitle,
  titleValues: { country },
  subtitle: (s, locale) => locale.format(m.ageSubtitle, { span: span(s) }),
  worldBank: { indicators: ['SP.POP.0014.TO.ZS', 'SP.POP.65UP.TO.ZS'], countries: ['CHN', 'PAK'] },
  shape: ({ worldBank }, markers, locale) => toAgeStructure(worldBank, country, markers, locale),
  empty: m.ageEmpty,
  emptyAnswer: m.ageNone,
}));
const timeCharts: readonly TimeChartDefinition[] = [
  ...populationCharts,
  ...ageCharts,
  fdiChart,
  cpecChart,
  ictExportsChart,
  pbsExportsChart,
  zoneCountChart,
];

/** The deck's chart slides: every definition with a `slide`, in this table's order. */
export const slideCharts = timeCharts.filter((d) => d.slide !== undefined);
