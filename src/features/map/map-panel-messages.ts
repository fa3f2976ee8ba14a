import { defineMessages } from '@/lib/messages';

/** The map panel's own words: its loading, failure and empty states (map-panel.tsx). */
export const panelMessages = defineMessages({
  loading: {
    id: 'map.panel.loading',
    defaultMessage: 'map',
    description: 'What is loading, in "Still loading {what}…".',
  },
  noOutlines: {
    id: 'map.panel.no-outlines',
    defaultMessage: 'The country outlines could not be loaded. The list view has every zone.',
    description: 'In place of the map when its outline file failed to load.',
  },
  retry: { id: 'map.panel.retry', defaultMessage: 'Retry', description: 'Button: load the outlines again.' },
  empty: {
    id: 'map.panel.empty',
    defaultMessage: 'No zones were returned, so the map has nothing to place. Nothing is guessed.',
    description: 'In place of the map when the data service returned no zones.',
  },
  noFigures: {
    id: 'map.panel.figures-failed',
    defaultMessage: 'Zone figures unavailable: {reason} Markers are drawn at one size and flows are hidden.',
    description: 'Under the map when zone figures failed; reason is a sentence saying why.',
  },
  retryFigures: {
    id: 'map.panel.retry-figures',
    defaultMessage: 'Retry figures',
    description: 'Button: load the zone figures again.',
  },
  noAgreements: {
    id: 'map.panel.agreements-failed',
    defaultMessage: 'Agreements unavailable: {reason} Flows are hidden.',
    description: 'Under the map when the letters of intent failed; reason is a sentence saying why.',
  },
  retryAgreements: {
    id: 'map.panel.retry-agreements',
    defaultMessage: 'Retry agreements',
    description: 'Button: load the agreements again.',
  },
  zeroFigures: {
    id: 'map.panel.zero-figures',
    defaultMessage:
      'No {metric} figures for the selected sectors and period: markers are drawn at the smallest size and no flows are drawn.',
    description:
      'Under the map when no zone has a figure; metric is "companies in zone" or "developer investment".',
  },
});
