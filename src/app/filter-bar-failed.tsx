import { useSearch } from 'wouter';
import { useLocale } from '@/components/language-provider';
import { LoadFailed } from '@/components/load-failed';
import { defineMessages } from '@/lib/messages';
import { readViewFilters } from '@/lib/url-read';
import { isFiltered } from '@/lib/view-filters';
import styles from './app-shell.module.css';

const messages = defineMessages({
  stillApply: {
    id: 'shell.filter-bar-failed.still-apply',
    defaultMessage: 'The filters in the page’s address still apply to the figures below.',
    description:
      'After "This part of the page could not be downloaded…" in place of the filter bar, when the address has filters.',
  },
});

/** In place of a filter bar whose code could not load: why, and that the address's filters still hold. */
export function FilterBarFailed({ error }: { error: unknown }) {
  const t = useLocale();
  const filtered = isFiltered(readViewFilters(new URLSearchParams(useSearch())));
  return (
    <div className={styles.filterBarFailed}>
      <LoadFailed error={error} compact>
        {filtered && t.format(messages.stillApply)}
      </LoadFailed>
    </div>
  );
}
