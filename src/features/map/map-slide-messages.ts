import { defineMessages } from '@/lib/messages';

/** The map slide's text, speaker notes and export text (map-slide.tsx). */
export const slideMessages = defineMessages({
  title: {
    id: 'map.slide.title',
    defaultMessage: 'The corridor on the map',
    description: 'Title of the presenter’s map slide.',
  },
  subtitle: {
    id: 'map.slide.subtitle',
    defaultMessage:
      '{pakistan, plural, one {# Pakistani zone} other {# Pakistani zones}} and {counterparts, plural, one {# Chinese counterpart} other {# Chinese counterparts}}, linked by the 2022 letters of intent',
    description: 'Under the map slide’s title.',
  },
  alt: {
    id: 'map.slide.alt',
    defaultMessage:
      'Map of {pakistan, plural, one {# Pakistani zone} other {# Pakistani zones}} and {counterparts, plural, one {# Chinese counterpart} other {# Chinese counterparts}}',
    description: 'Alt text of the map picture in the PowerPoint export.',
  },
  missingZones: {
    id: 'map.slide.missing-zones',
    defaultMessage: 'Zones',
    description: 'What failed to load, named on the slide and the cover.',
  },
  missingFigures: {
    id: 'map.slide.missing-figures',
    defaultMessage: 'Zone figures',
    description: 'What failed to load, named on the slide and the cover.',
  },
  missingAgreements: {
    id: 'map.slide.missing-agreements',
    defaultMessage: 'Agreements',
    description: 'What failed to load, named on the slide and the cover.',
  },
  cite: {
    id: 'map.slide.cite',
    defaultMessage:
      'Source: {source}{kind, select, sourced {} announcement { [announcement]} estimate { [estimate]} other { [illustrative]}}, {asOf}',
    description:
      'A citation in the speaker notes: the source title (in its own language), its kind when not sourced, and "as of" date.',
  },
  statusNote: {
    id: 'map.slide.status-note',
    defaultMessage: 'Status of the Pakistani zones: {counts}.',
    description: 'Speaker note; counts reads "3 launched, 5 notified, 8 planned".',
  },
  statusCount: {
    id: 'map.slide.status-count',
    defaultMessage: '{count} {status}',
    description: 'How many zones have a status ("5 notified"), in the speaker notes.',
  },
  arcNote: {
    id: 'map.slide.arc-note',
    defaultMessage: 'Arc to {zone}: {title}. {cite}.',
    description:
      'Speaker note on one arc: the Chinese counterpart, the agreement title (translated where the data has one) and its citation.',
  },
  sizesNote: {
    id: 'map.slide.sizes-note',
    defaultMessage:
      'Marker sizes: companies in zone, {total} in all: ILLUSTRATIVE, not real per-zone figures. {note} {cite}.',
    description:
      'Speaker note: the marker sizes are made by our generator; note is the generator’s note (translated where the data has one).',
  },
  locations: {
    id: 'map.slide.locations',
    defaultMessage: 'Locations are city centres, not sites.',
    description: 'Speaker note.',
  },
});
