/** A slide frame's words, shared with the exports (PowerPoint, PNG and print warnings) and the notes window. */
import type { MissingData } from '@/components/slide-spec';
import type { Locale } from '@/lib/locale';
import { defineMessages } from '@/lib/messages';

export const frameMessages = defineMessages({
  kicker: {
    id: 'present.slide.kicker',
    defaultMessage: 'Tech Corridor · China–Pakistan technology cooperation',
    description:
      'Small line above every slide title (capitals in English). Tech Corridor is the dashboard’s name.',
  },
  illustrative: {
    id: 'present.slide.illustrative',
    defaultMessage:
      'Illustrative: figures marked ✳ are generated where no public breakdown exists. They add up to sourced totals but are not real.',
    description: 'Footer warning on slides with generated figures; keep the ✳ mark.',
  },
  noFigures: {
    id: 'present.slide.no-figures',
    defaultMessage: 'No figures on this slide.',
    description: 'Footer of a slide that cites no source, and the notes of a slide with no data notes.',
  },
  sources: {
    id: 'present.slide.sources',
    defaultMessage: '{count, plural, one {Source:} other {Sources:}}',
    description: 'Label before the footer’s list of sources.',
  },
  comma: {
    id: 'present.slide.comma',
    defaultMessage: ',',
    description:
      'The comma between a source and its dates, and between dates, in a slide footer. A space follows it unless it is full width (，).',
  },
  undated: {
    id: 'present.slide.undated',
    defaultMessage: 'undated',
    description: 'In a footer, for an article whose source gives no date (a date is never guessed).',
  },
  kinds: {
    id: 'present.slide.kinds',
    defaultMessage: '({kinds})',
    description:
      'Read by screen readers before a source: the kinds of figure it supplied ("(Sourced, Estimate)").',
  },
  showing: {
    id: 'present.slide.showing',
    defaultMessage: 'Showing: {filters}',
    description: 'Footer of every slide: the filters the deck shows.',
  },
  exported: {
    id: 'present.slide.exported',
    defaultMessage: 'Exported {date}',
    description: 'Footer of printed and saved slides: the date of the copy ("16 Aug 2026").',
  },
  missing: {
    id: 'present.slide.missing',
    defaultMessage: '<b>Data missing on this slide:</b> {items}.',
    description: 'Warning under a slide’s title; items lists what did not load and why.',
  },
  missingItem: {
    id: 'present.slide.missing-item',
    defaultMessage: '{what} ({reason})',
    description: 'One thing that did not load, and why ("Milestones (The data service answered 503)").',
  },
  retry: {
    id: 'present.slide.retry',
    defaultMessage: 'Retry missing data',
    description: 'Button on a slide whose data failed (on screen only).',
  },
});

/** "Milestones (the service answered 503); …": what a slide lacks, for the slide, the export and the file. */
export const missingList = (t: Locale, missing: readonly MissingData[]): string =>
  missing
    .map((m) => t.format(frameMessages.missingItem, { what: m.what, reason: m.reason.replace(/\.$/, '') }))
    .join('; ');
