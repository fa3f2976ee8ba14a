import { defineMessages } from '@/lib/messages';

/** The Explore page's own text (explore-page.tsx), kept apart so the page stays short. */
export const exploreMessages = defineMessages({
  title: { id: 'explore.page.title', defaultMessage: 'Explore the data', description: 'Page heading.' },
  lede: {
    id: 'explore.page.lede',
    defaultMessage:
      'Every figure behind the dashboard, with its source. Sort, hide columns, compare zones and take the rows away as CSV.',
    description: 'Introduction under the page heading.',
  },
  allIndicators: {
    id: 'explore.page.all-indicators',
    defaultMessage: 'All indicators',
    description: 'Indicator choice: no indicator filter.',
  },
  indicatorsFailed: {
    id: 'explore.page.indicators-failed',
    defaultMessage: 'Indicator names unavailable: {reason}',
    description: 'Shown when the list of indicators did not load; reason says why.',
  },
  retryIndicators: {
    id: 'explore.page.retry-indicators',
    defaultMessage: 'Retry indicators',
    description: 'Button: load the list of indicators again.',
  },
  indicator: {
    id: 'explore.page.indicator',
    defaultMessage: 'Indicator',
    description: 'Label of the indicator choice.',
  },
  hideUnbroken: {
    id: 'explore.page.hide-unbroken',
    defaultMessage: 'Hide figures that cannot be broken down by zone or sector',
    description: 'Checkbox, shown when a zone or sector filter is set: hide national and provincial totals.',
  },
  download: { id: 'explore.page.download', defaultMessage: 'Download CSV', description: 'Button.' },
  preparing: {
    id: 'explore.page.preparing',
    defaultMessage: 'Preparing all {count} rows…',
    description: 'While the CSV is being made; count is a formatted number.',
  },
  downloadFailed: {
    id: 'explore.page.download-failed',
    defaultMessage: 'The download failed: the data service did not send every page. Try again.',
    description: 'Shown when the CSV could not be made.',
  },
  loading: {
    id: 'explore.page.loading',
    defaultMessage: 'the data table',
    description: 'What is loading, inside "Loading …".',
  },
  empty: {
    id: 'explore.page.empty',
    defaultMessage: 'No figures match these filters. Widen the period or remove a zone or sector.',
    description: 'Shown when no row matches the filters.',
  },
  rows: {
    id: 'explore.page.rows',
    defaultMessage: '{count, plural, one {{shown} row} other {{shown} rows}}',
    description: 'Table status when every matching row is loaded; shown is the formatted count.',
  },
  someRows: {
    id: 'explore.page.some-rows',
    defaultMessage: 'Showing {shown} of {total} rows (more load as you scroll; Download CSV has them all)',
    description: 'Table status while only some rows are loaded; shown and total are formatted numbers.',
  },
  updating: {
    id: 'explore.page.updating',
    defaultMessage: 'updating…',
    description: 'Table status while new rows load for changed filters or sorting.',
  },
  unbroken: {
    id: 'explore.page.unbroken',
    defaultMessage:
      '{count, plural, one {{shown} national or provincial row cannot be broken down by zone or sector and is shown unfiltered} other {{shown} national or provincial rows cannot be broken down by zone or sector and are shown unfiltered}}',
    description: 'Table status when a zone or sector filter is set; shown is the formatted count.',
  },
  caption: {
    id: 'explore.page.caption',
    defaultMessage: 'Observations: {indicator}. {filters}',
    description: 'Table caption: the indicator chosen, then the filters in words ("Showing: …").',
  },
  moreFailed: {
    id: 'explore.page.more-failed',
    defaultMessage: 'More rows could not be loaded: {reason}',
    description: 'Shown when the next page of rows failed; reason says why.',
  },
  retryRows: {
    id: 'explore.page.retry-rows',
    defaultMessage: 'Retry loading rows',
    description: 'Button: load the next page of rows again.',
  },
  separator: {
    id: 'explore.page.separator',
    defaultMessage: '·',
    description: 'Between the parts of the table status line.',
  },
});
