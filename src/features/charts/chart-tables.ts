/**
 * Every chart, as definitions: each page's list in the order it draws them (one `DefinedChart`
 * each), and the deck's, every definition with a `slide` in page order. Adding a chart is one
 * definition (of any kind) and one tested `to-*.ts` shaping function, put in its page's list here;
 * a `slide` puts it in the deck too.
 */
import { companiesByZoneChart, sedaCompaniesChart, zoneInvestmentChart } from './breakdown-chart-definitions';
import { categoryCharts, fortune500Chart } from './category-chart-definitions';
import type { ChartDefinition } from './chart-definition';
import { zoneCountChart } from './companies-time-charts';
import { demographicsTimeCharts } from './demographics-time-charts';
import { investmentTimeCharts } from './investment-time-charts';

export const demographicsPage: readonly ChartDefinition[] = [...demographicsTimeCharts, ...categoryCharts];

export const investmentPage: readonly ChartDefinition[] = [...investmentTimeCharts, zoneInvestmentChart];

export const companiesPage: readonly ChartDefinition[] = [
  companiesByZoneChart,
  zoneCountChart,
  fortune500Chart,
  sedaCompaniesChart,
];

/** The deck's chart slides: every definition with a `slide`, in the pages' order. */
export const deckCharts: readonly ChartDefinition[] = [
  ...demographicsPage,
  ...investmentPage,
  ...companiesPage,
].filter((d) => d.slide !== undefined);
