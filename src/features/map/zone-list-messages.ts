import { defineMessages } from '@/lib/messages';

/** The zone table's text (zone-list.tsx). */
export const zoneListMessages = defineMessages({
  caption: {
    id: 'map.list.caption',
    defaultMessage:
      'Zones on the map ({count}). Select a zone to filter the dashboard; Shift adds to the selection.',
    description: 'Caption of the zone table (the map’s list view). Shift is a key.',
  },
  zone: { id: 'map.list.zone', defaultMessage: 'Zone', description: 'Zone table column header.' },
  status: { id: 'map.list.status', defaultMessage: 'Status', description: 'Zone table column header.' },
  place: { id: 'map.list.place', defaultMessage: 'Place', description: 'Zone table column header.' },
  developer: {
    id: 'map.list.developer',
    defaultMessage: 'Developer',
    description: 'Zone table column header: who builds or runs the zone.',
  },
  area: { id: 'map.list.area', defaultMessage: 'Area', description: 'Zone table column header.' },
  dates: { id: 'map.list.dates', defaultMessage: 'Dates', description: 'Zone table column header.' },
  source: {
    id: 'map.list.source',
    defaultMessage: 'Source',
    description: 'Zone table column header, and the word before the zone’s source link.',
  },
  placeText: {
    id: 'map.list.place-text',
    defaultMessage: '<city></city>, <province></province>',
    description: 'A zone’s city and province.',
  },
  precision: {
    id: 'map.list.precision',
    defaultMessage:
      '({precision, select, city {city centre, approximate} other {site}}{disputed, select, yes {; disputed Kashmir region} other {}})',
    description:
      'After the place: whether the point is the city centre or the site, and whether it lies in disputed Kashmir.',
  },
  noFigure: {
    id: 'map.list.no-figure',
    defaultMessage: 'no figure',
    description: 'In a figure cell when the zone has none for the period and sectors.',
  },
  notes: {
    id: 'map.list.notes',
    defaultMessage: 'Notes: <notes></notes>',
    description: 'The source’s notes on a zone (the data’s translation, or English).',
  },
  agreement: {
    id: 'map.list.agreement',
    defaultMessage: 'Agreement',
    description: 'The word before a counterpart’s letter-of-intent source link ("Agreement: Dawn").',
  },
});
