import { useSearch } from 'wouter';
import { Deck } from '@/features/present/deck';
import { PresenterNotes } from '@/features/present/notes-window';
import { deckKeyOf } from '@/features/present/use-present-sync';
import { useTheme } from '@/hooks/use-theme';
import { useViewFilters } from '@/hooks/use-view-filters';
import { sharedQuery } from '@/lib/shared-params';
import { useFiltersLabel, usePresentSlides } from './present-slides';

/** The present view (/present): the deck full screen, following the dashboard's URL filters. */
export function PresentRoute() {
  useTheme();
  const { filters } = useViewFilters();
  const filtersLabel = useFiltersLabel(filters);
  const slides = usePresentSlides(filters, filtersLabel);
  const shared = sharedQuery(useSearch());
  return (
    <>
      <title>Present · Tech Corridor</title>
      <Deck
        slides={slides}
        filtersLabel={filtersLabel}
        deckKey={deckKeyOf(filters)}
        exitHref={`/${shared}`}
        notesHref={`/present/notes${shared}`}
      />
    </>
  );
}

/** The presenter's notes window (/present/notes), opened from the present view. */
export function PresentNotesRoute() {
  useTheme();
  const { filters } = useViewFilters();
  const filtersLabel = useFiltersLabel(filters);
  const slides = usePresentSlides(filters, filtersLabel);
  return (
    <>
      <title>Speaker notes · Tech Corridor</title>
      <PresenterNotes slides={slides} deckKey={deckKeyOf(filters)} filtersLabel={filtersLabel} />
    </>
  );
}
