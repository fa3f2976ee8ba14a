/** The companies page's time chart: the Special Technology Zones reported over time. */
import { defineMessages } from '@/lib/messages';
import type { TimeChartDefinition } from './chart-definition';
import { toZoneCountChart } from './to-zone-count';

const m = defineMessages({
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
});

export const zoneCountChart: TimeChartDefinition = {
  kind: 'time',
  id: 'zones-notified',
  title: m.zonesTitle,
  subtitle: (_, locale) => locale.format(m.zonesSubtitle),
  observations: { indicators: ['stz-count'] },
  indicators: ['stz-count'],
  shape: ({ observations }, markers, locale) => toZoneCountChart(observations, markers, locale),
  empty: m.zonesEmpty,
};
