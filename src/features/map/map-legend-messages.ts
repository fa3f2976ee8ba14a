import { defineMessages } from '@/lib/messages';

/** The map legend's text (map-legend.tsx). */
export const legendMessages = defineMessages({
  title: { id: 'map.legend.title', defaultMessage: 'Legend', description: 'Heading of the map’s key.' },
  status: {
    id: 'map.legend.status',
    defaultMessage: 'Status (shape)',
    description: 'Legend heading: a marker’s shape shows the zone’s status.',
  },
  colours: {
    id: 'map.legend.colours',
    defaultMessage: 'Fill colours identify zones, the same as on the charts.',
    description: 'Legend note.',
  },
  area: {
    id: 'map.legend.area',
    defaultMessage: 'Marker area: {metric}',
    description: 'Legend heading; metric is "companies in zone" or "developer investment".',
  },
  noFigure: {
    id: 'map.legend.no-figure',
    defaultMessage: 'no figure',
    description: 'Under the smallest size circle: zones without a figure.',
  },
  noFigures: {
    id: 'map.legend.no-figures',
    defaultMessage: 'No figures for the selected sectors and period: all markers are the smallest size.',
    description: 'Legend note when no zone has a figure.',
  },
  sizesNote: {
    id: 'map.legend.sizes-note',
    defaultMessage:
      'Latest year in the selected period, summed over the selected sectors. Illustrative: no public figure exists per zone.',
    description:
      'Legend note on the marker sizes; "Illustrative" is the data-honesty word (made by our generator).',
  },
  flows: { id: 'map.legend.flows', defaultMessage: 'Flows (arcs)', description: 'Legend heading.' },
  from: {
    id: 'map.legend.from',
    defaultMessage: 'From <zone></zone>: <title></title>{date, select, none {} other {, {date}}}.',
    description:
      'One arc’s origin: the Chinese counterpart and its letter of intent (title in English) with its date.',
  },
  source: {
    id: 'map.legend.source',
    defaultMessage: 'Source',
    description: 'Before the agreement’s source link ("Source: Dawn").',
  },
  arcs: {
    id: 'map.legend.arcs',
    defaultMessage:
      "Arcs stand for these sourced agreements, drawn as great circles from China to each zone with a figure. No public figure measures flows from a Chinese counterpart to any zone: an arc's width is the receiving zone's illustrative {metric, select, investment {investment} other {companies}}, and arcs are dashed to say so.",
    description: 'Legend note on why arcs are dashed and what their width shows.',
  },
  places: { id: 'map.legend.places', defaultMessage: 'Places and borders', description: 'Legend heading.' },
  cityCentre: {
    id: 'map.legend.city-centre',
    defaultMessage: 'City centre (approximate location); zones sharing a city are spread around it',
    description: 'Legend item: a dot with a thin line to a marker moved aside.',
  },
  kashmir: {
    id: 'map.legend.kashmir',
    defaultMessage: 'Kashmir: disputed; approximate outline',
    description: 'Legend item: the hatched area.',
  },
});
