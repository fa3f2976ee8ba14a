/** The lines every CSV download carries in the reader's language: what its codes and rows mean. */
import type { Locale } from './locale';
import { defineMessages } from './messages';

const messages = defineMessages({
  layout: {
    id: 'csv.notes.layout',
    defaultMessage:
      'The first row holds the column ids, the same in every language; the row above the figures names the columns in English.',
    description:
      'CSV preamble line explaining the two header rows. Replace "English" with the name of this language.',
  },
  provenance: {
    id: 'csv.notes.provenance',
    defaultMessage:
      'Provenance codes: sourced = seen in a named public source; announcement = stated only in the 2022 Letter of Intent announcement; estimate = rounded, converted or derived by us (see method); illustrative = made by our generator where no public breakdown exists, not a real figure.',
    description:
      'CSV preamble line. Keep the four codes (sourced, announcement, estimate, illustrative) in English: they are the values of the provenance column.',
  },
});

export function csvNotes(locale: Locale): string[] {
  return [locale.format(messages.layout), locale.format(messages.provenance)];
}
