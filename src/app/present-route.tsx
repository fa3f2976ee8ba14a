import { useSearch } from 'wouter';
import { useLocale } from '@/components/language-provider';
import { Deck } from '@/features/present/deck';
import { PresenterNotes } from '@/features/present/notes-window';
import { deckKeyOf } from '@/features/present/use-present-sync';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useTheme } from '@/hooks/use-theme';
import { useViewFilters } from '@/hooks/use-view-filters';
import { defineMessages } from '@/lib/messages';
import { sharedQuery } from '@/lib/shared-params';
import { useFiltersLabel, usePresentSlides } from './present-slides';

const messages = defineMessages({
  present: {
    id: 'present.route.title',
    defaultMessage: 'Present · Tech Corridor',
    description: 'Browser tab title of the present view. Tech Corridor is the dashboard’s name.',
  },
  notes: {
    id: 'present.route.notes-title',
    defaultMessage: 'Speaker notes · Tech Corridor',
    description: 'Browser tab title of the speaker notes window.',
  },
});

/** The present view (/present): the deck full screen, following the dashboard's URL filters. */
export function PresentRoute() {
  useTheme();
  const t = useLocale();
  const { filters } = useViewFilters();
  const filtersLabel = useFiltersLabel(filters);
  const slides = usePresentSlides(filters, filtersLabel);
  const shared = sharedQuery(useSearch());
  useDocumentTitle(t.format(messages.present));
  return (
    <Deck
      slides={slides}
      filtersLabel={filtersLabel}
      deckKey={deckKeyOf(filters)}
      exitHref={`/${shared}`}
      notesHref={`/present/notes${shared}`}
    />
  );
}

/** The presenter's notes window (/present/notes), opened from the present view with its `lang` and filters. */
export function PresentNotesRoute() {
  useTheme();
  const t = useLocale();
  const { filters } = useViewFilters();
  const filtersLabel = useFiltersLabel(filters);
  const slides = usePresentSlides(filters, filtersLabel);
  useDocumentTitle(t.format(messages.notes));
  return <PresenterNotes slides={slides} deckKey={deckKeyOf(filters)} filtersLabel={filtersLabel} />;
}
