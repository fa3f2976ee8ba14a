import type { Locale } from '@/lib/locale';
import { defineMessages, type MessageDescriptor } from '@/lib/messages';
import { hasBreakdownFilter, type ViewFilters } from '@/lib/view-filters';

const messages = defineMessages({
  national: {
    id: 'charts.scope.national',
    defaultMessage:
      'National figures; not broken down by zone or sector, so the zone and sector filters do not apply here.',
    description: 'Said above a national chart while zone or sector filters are active.',
  },
  yearsEmpty: {
    id: 'charts.scope.years-empty',
    defaultMessage: 'No {what} in the selected years. Widen the period to see the series.',
    description: 'Empty state of a chart narrowed by the year filter; what is a noun phrase ("FDI figures").',
  },
});

/** What a national chart says while zone or sector filters are active: they cannot apply to it. */
export const nationalScope = (filters: ViewFilters, locale: Locale): string | null =>
  hasBreakdownFilter(filters) ? locale.format(messages.national) : null;

/** The empty state of a time series narrowed by the year filters. */
export const yearsEmptyText = (what: MessageDescriptor, locale: Locale) =>
  locale.format(messages.yearsEmpty, { what: locale.format(what) });
