/**
 * The national time charts of observations, one definition each: the charts pages draw them with
 * `DefinedTimeChart`, and those with a `slide` are in the deck too (chart-slides.tsx). Adding such
 * a chart is one entry here and one tested `to-*.ts` shaping function.
 */
import type { ObservationFilter } from '@/domain/api';
import type { Observation } from '@/domain/observation';
import type { WorldBankIndicatorId } from '@/domain/world-bank';
import type { Shaped, TimeChartModel } from './chart-model';
import { seriesPaint } from './palette';
import type { EventMarker } from './to-event-markers';
import { toCpecChart } from './to-cpec';
import { toAgeStructure } from './to-age-structure';
import { toFdiChart } from './to-fdi';
import { ictExportsSeries, toFiscalBars } from './to-fiscal-bars';
import { toPopulationChart } from './to-population';
import { toZoneCountChart } from './to-zone-count';

/** What a defined chart asks for; chart-queries.ts turns it into queries under the view filters. */
export interface ChartSources {
  /** Stable: names the chart's region, its downloads and `?table=`. */
  id: string;
  title: string;
  /** National figures from our API: the year filter narrows them, zone and sector filters do not apply. */
  observations?: ObservationFilter;
  /** World Bank series over `worldBankSpan`, clipped to the year filter; one request per indicator. */
  worldBank?: { indicators: readonly WorldBankIndicatorId[]; countries: readonly ('PAK' | 'CHN')[] };
  /** The indicators of our API drawn, for "updated …, next expected …" (GET /meta). */
  indicators?: readonly string[];
  /** Named by the empty state: "No {empty} in the selected years…". */
  empty: string;
  /** The empty state when the years are fine but nothing came back (default: the years text). */
  emptyAnswer?: string;
}

export interface TimeChartDefinition extends ChartSources {
  /** The line under the title; `span` is the period range drawn ("FY2016–FY2025"), null until loaded. */
  subtitle: (span: string | null) => string;
  shape: (inputs: ChartInputs, markers: readonly EventMarker[]) => Shaped<TimeChartModel> | null;
  height?: number;
  /** Shown in the presenter's deck too, under this title and subtitle. */
  slide?: { id: string; title: string; subtitle: string };
}

export interface ChartInputs {
  observations: readonly Observation[];
  /** Every requested World Bank indicator's observations, together. */
  worldBank: readonly Observation[];
}

const withSpan = (span: string | null) => (span !== null ? `, ${span}` : '');

// Both export series come in one request; each chart shapes its own.
const EXPORTS: ObservationFilter = { indicators: ['ict-exports', 'pbs-it-exports'], geos: ['PAK'] };

export const fdiChart: TimeChartDefinition = {
  id: 'fdi',
  title: 'Net FDI into Pakistan, all countries and from China',
  subtitle: (span) => `US dollars by fiscal year (July–June)${withSpan(span)}; China's share above its bars`,
  // Every vintage: the chart shows first-reported and revised figures side by side.
  observations: { indicators: ['fdi-net-total', 'fdi-net-china'], geos: ['PAK'], vintage: 'all' },
  indicators: ['fdi-net-total', 'fdi-net-china'],
  shape: ({ observations }, markers) => toFdiChart(observations, markers),
  empty: 'FDI figures',
  height: 380,
  slide: {
    id: 'chart-fdi',
    title: 'Net FDI into Pakistan, and China’s part',
    subtitle: 'US dollars by fiscal year (July–June); China’s share above its bars',
  },
};

export const cpecChart: TimeChartDefinition = {
  id: 'cpec',
  title: 'CPEC headline figures',
  subtitle: () => 'US dollars, at the date each figure was stated; separate statements, not a series',
  observations: { indicators: ['cpec-headline'] },
  indicators: ['cpec-headline'],
  shape: ({ observations }, markers) => toCpecChart(observations, markers),
  empty: 'CPEC headline figures',
};

/** SBP's ICT remittances and PBS's IT exports: two series, two charts, never one axis. */
export const ictExportsChart: TimeChartDefinition = {
  id: 'ict-exports',
  title: 'ICT export remittances (State Bank series)',
  subtitle: (span) =>
    `US dollars by fiscal year${withSpan(span)}; telecom, computer and information services`,
  observations: EXPORTS,
  indicators: ['ict-exports'],
  shape: ({ observations }, markers) => toFiscalBars(observations, 'ict-exports', ictExportsSeries, markers),
  empty: 'ICT export figures',
  slide: {
    id: 'chart-ict-exports',
    title: 'ICT export remittances',
    subtitle:
      'US dollars by fiscal year, State Bank of Pakistan series: telecom, computer and information services',
  },
};

export const pbsExportsChart: TimeChartDefinition = {
  id: 'pbs-it-exports',
  title: 'IT services exports (PBS series)',
  subtitle: (span) =>
    `US dollars by fiscal year${withSpan(span)}; a different series from the State Bank's, so charted apart`,
  observations: EXPORTS,
  indicators: ['pbs-it-exports'],
  shape: ({ observations }, markers) =>
    toFiscalBars(
      observations,
      'pbs-it-exports',
      {
        label: 'IT services exports (PBS)',
        paint: seriesPaint.total,
        subject: 'PBS counted IT services exports of',
      },
      markers,
    ),
  empty: 'PBS IT export figures',
};

export const zoneCountChart: TimeChartDefinition = {
  id: 'zones-notified',
  title: 'Special Technology Zones over time',
  subtitle: () => 'Number of zones, as reported at each date',
  observations: { indicators: ['stz-count'] },
  indicators: ['stz-count'],
  shape: ({ observations }, markers) => toZoneCountChart(observations, markers),
  empty: 'zone counts',
};

const countryName = { PAK: "Pakistan's", CHN: "China's" } as const;

/** Each country on its own axis: their scales differ too much for one. Pakistan's census beside it. */
export const populationCharts: readonly TimeChartDefinition[] = (['PAK', 'CHN'] as const).map((country) => ({
  id: `population-${country.toLowerCase()}`,
  title: `${countryName[country]} population`,
  subtitle: (span) =>
    `Persons${withSpan(span || null)}${country === 'PAK' ? ': World Bank estimate and census counts' : ': World Bank estimate'}`,
  ...(country === 'PAK' && {
    observations: { indicators: ['population'], geos: ['PAK'] },
    indicators: ['population'],
  }),
  worldBank: { indicators: ['SP.POP.TOTL'], countries: ['CHN', 'PAK'] },
  shape: ({ observations, worldBank }, markers) =>
    toPopulationChart(worldBank, observations, country, markers),
  empty: 'population figures',
  emptyAnswer: 'No population figures were returned.',
}));

/** Young Pakistan, ageing China: the shares of the population by broad age group. */
export const ageCharts: readonly TimeChartDefinition[] = (['PAK', 'CHN'] as const).map((country) => ({
  id: `age-structure-${country.toLowerCase()}`,
  title: `Age structure of ${countryName[country]} population`,
  subtitle: (span) =>
    `Per cent of the population${withSpan(span || null)}; 15–64 derived as 100 − the other two`,
  worldBank: { indicators: ['SP.POP.0014.TO.ZS', 'SP.POP.65UP.TO.ZS'], countries: ['CHN', 'PAK'] },
  shape: ({ worldBank }, markers) => toAgeStructure(worldBank, country, markers),
  empty: 'age shares',
  emptyAnswer: 'No age shares were returned.',
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
