/**
 * Every time chart in one order: those with a `slide` are the deck's chart slides (chart-slides.tsx).
 * Adding a chart is one definition in its page's `*-time-charts.ts` list and one tested `to-*.ts`
 * shaping function: the page draws it, and a `slide` puts it here in the deck.
 */
import type { TimeChartDefinition } from './chart-definition';
import { zoneCountChart } from './companies-time-charts';
import { demographicsTimeCharts } from './demographics-time-charts';
import { investmentTimeCharts } from './investment-time-charts';

const timeCharts: readonly TimeChartDefinition[] = [
  ...demographicsTimeCharts,
  ...investmentTimeCharts,
  zoneCountChart,
];

/** The deck's chart slides: every definition with a `slide`, in this table's order. */
export const slideCharts = timeCharts.filter((d) => d.slide !== undefined);
