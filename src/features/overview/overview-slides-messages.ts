/** The words of the overview's slides (overview-slides.tsx): titles, and speaker notes read aloud. */
import { defineMessages } from '@/lib/messages';

export const slideMessages = defineMessages({
  zonesTitle: {
    id: 'overview.slides.zones-title',
    defaultMessage: 'Zones and companies',
    description: 'Slide title: the zone, company and Fortune-list cards.',
  },
  zonesSubtitle: {
    id: 'overview.slides.zones-subtitle',
    defaultMessage: 'Special Technology Zones, the companies licensed in them, and SEDA on the Fortune lists',
    description: 'Slide subtitle under "Zones and companies".',
  },
  moneyTitle: {
    id: 'overview.slides.money-title',
    defaultMessage: 'Investment and exports',
    description: 'Slide title: the FDI and ICT export cards.',
  },
  moneySubtitle: {
    id: 'overview.slides.money-subtitle',
    defaultMessage: 'Net foreign direct investment from China, and Pakistan’s ICT export remittances',
    description: 'Slide subtitle under "Investment and exports".',
  },
  peopleTitle: {
    id: 'overview.slides.people-title',
    defaultMessage: 'Pakistan’s people',
    description: 'Slide title: the population and youth cards.',
  },
  peopleSubtitle: {
    id: 'overview.slides.people-subtitle',
    defaultMessage: 'The census figures, with the World Bank’s estimates beside them',
    description: 'Slide subtitle under "Pakistan’s people".',
  },
  citeSourced: {
    id: 'overview.notes.cite-sourced',
    defaultMessage: 'Source: {source}, {asOf}.',
    description:
      'Speaker notes: where a figure comes from. source is a citation in its own language; asOf is "as of 16 Aug 2024".',
  },
  citeKind: {
    id: 'overview.notes.cite-kind',
    defaultMessage:
      'Source: {source} [{kind, select, announcement {announcement} estimate {estimate} other {illustrative}}], {asOf}.',
    description: 'Speaker notes: where a figure that is not plainly sourced comes from, with its kind.',
  },
  citeHow: {
    id: 'overview.notes.cite-how',
    defaultMessage:
      'Source: {source} [{kind, select, announcement {announcement} estimate {estimate} other {illustrative}}: {method}], {asOf}.',
    description:
      'Speaker notes: where an estimate or derived figure comes from, its kind and how it was made (method, a sentence without its full stop).',
  },
  noFigures: {
    id: 'overview.notes.no-figures',
    defaultMessage: '{title}: no figures loaded.',
    description: 'Speaker notes for a KPI whose figures did not load; title is the card title.',
  },
  noteChange: {
    id: 'overview.notes.change',
    defaultMessage:
      '{title}: {value} — {label}; {change} {against} ({kind, select, sourced {sourced} announcement {announcement} estimate {estimate} other {illustrative}}: {method}). {cite}',
    description:
      'Speaker notes for a KPI with a change: "FDI from China: $1.23bn — FY2025; +90.8% vs FY2024 (estimate: Computed by …). Source: …". cite is a whole sentence.',
  },
  noteWithNote: {
    id: 'overview.notes.with-note',
    defaultMessage: '{title}: {value} — {label}. {note}. {cite}',
    description: 'Speaker notes for a KPI with no change, saying why (note, without its full stop).',
  },
  note: {
    id: 'overview.notes.plain',
    defaultMessage: '{title}: {value} — {label}. {cite}',
    description: 'Speaker notes for a KPI with no change and nothing to say about it.',
  },
  beside: {
    id: 'overview.notes.beside',
    defaultMessage: 'Beside it: {value} — {label}. {cite}',
    description: 'Speaker notes: a figure shown beside the headline.',
  },
});
