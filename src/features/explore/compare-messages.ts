import { defineMessages } from '@/lib/messages';

/** The comparison panel's text (compare-panel.tsx), kept apart so the panel stays short. */
export const compareMessages = defineMessages({
  title: { id: 'explore.compare.title', defaultMessage: 'Compare zones', description: 'Section heading.' },
  zones: {
    id: 'explore.compare.zones',
    defaultMessage: 'Zones to compare',
    description: 'Button opening the list of zones to compare.',
  },
  series: {
    id: 'explore.compare.series',
    defaultMessage: 'Series',
    description: 'Label of the list of zone-level indicators drawn in the chart.',
  },
  base: {
    id: 'explore.compare.base',
    defaultMessage: 'Index to base year',
    description: 'Label of the base-year choice: each series divided by its value in that year, times 100.',
  },
  raw: {
    id: 'explore.compare.raw',
    defaultMessage: 'No (raw values)',
    description: 'Base-year option: show the figures as they are.',
  },
  baseOption: {
    id: 'explore.compare.base-option',
    defaultMessage: '{year} = 100',
    description: 'Base-year option; year is a calendar year such as 2024.',
  },
  pick: {
    id: 'explore.compare.pick',
    defaultMessage: 'Pick two to four zones to compare them side by side (at most {max, number}).',
    description: 'Shown until at least two zones are chosen.',
  },
  loading: {
    id: 'explore.compare.loading',
    defaultMessage: 'the comparison',
    description: 'What is loading, inside "Loading …".',
  },
  none: {
    id: 'explore.compare.none',
    defaultMessage:
      'None of these zones has zone-level figures: no public source breaks figures down this way.',
    description: 'Shown when the chosen zones have no figures at all.',
  },
  chart: {
    id: 'explore.compare.chart',
    defaultMessage:
      '{indexed, select, yes {{series} for {zones}, indexed to {year} = 100} other {{series} for {zones}}}',
    description: 'Name of the comparison chart for screen readers; zones is a list of zone names.',
  },
  kinds: {
    id: 'explore.compare.kinds',
    defaultMessage: 'Figures in this chart: <badges></badges> {description}',
    description: 'Note under the chart: the provenance badges of its figures, then what the series measures.',
  },
  notIndexable: {
    id: 'explore.compare.not-indexable',
    defaultMessage: 'Not in the chart: {zones} (no figure in {year} to index to).',
    description: 'Zones left out of an indexed chart because they have no figure in the base year.',
  },
  caption: {
    id: 'explore.compare.caption',
    defaultMessage: 'Zones side by side (zone-level figures; sectors summed)',
    description: 'Caption of the comparison table.',
  },
  noFigure: {
    id: 'explore.compare.no-figure',
    defaultMessage: 'no figure',
    description: 'Table cell: this zone has no figure for this indicator and period.',
  },
});
