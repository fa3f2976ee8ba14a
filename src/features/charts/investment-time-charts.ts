/** The investment page's time charts: FDI, CPEC's headline figures and the two export series. */
import type { ObservationFilter } from '@/domain/api';
import { defineMessages } from '@/lib/messages';
import { spanArg as span, type TimeChartDefinition } from './chart-definition';
import { toCpecChart } from './to-cpec';
import { toFdiChart } from './to-fdi';
import { ictExportsSeries, pbsExportsSeries, toFiscalBars } from './to-fiscal-bars';

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
});

// Both export series come in one request; each chart shapes its own.
const EXPORTS: ObservationFilter = { indicators: ['ict-exports', 'pbs-it-exports'], geos: ['PAK'] };

export const fdiChart: TimeChartDefinition = {
  kind: 'time',
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

const cpecChart: TimeChartDefinition = {
  kind: 'time',
  id: 'cpec',
  title: m.cpecTitle,
  subtitle: (_, locale) => locale.format(m.cpecSubtitle),
  observations: { indicators: ['cpec-headline'] },
  indicators: ['cpec-headline'],
  shape: ({ observations }, markers, locale) => toCpecChart(observations, markers, locale),
  empty: m.cpecEmpty,
};

/** SBP's ICT remittances and PBS's IT exports: two series, two charts, never one axis. */
const ictExportsChart: TimeChartDefinition = {
  kind: 'time',
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

const pbsExportsChart: TimeChartDefinition = {
  kind: 'time',
  id: 'pbs-it-exports',
  title: m.pbsTitle,
  subtitle: (s, locale) => locale.format(m.pbsSubtitle, { span: span(s) }),
  observations: EXPORTS,
  indicators: ['pbs-it-exports'],
  shape: ({ observations }, markers, locale) =>
    toFiscalBars(observations, 'pbs-it-exports', pbsExportsSeries, markers, locale),
  empty: m.pbsEmpty,
};

/** The page draws them in this order; those with a `slide` are in the deck too. */
export const investmentTimeCharts: readonly TimeChartDefinition[] = [
  fdiChart,
  cpecChart,
  ictExportsChart,
  pbsExportsChart,
];
