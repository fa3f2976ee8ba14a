import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useLocale } from '@/components/language-provider';
import { LazyMultiPicker } from '@/components/lazy-multi-picker';
import { LoadBoundary } from '@/components/load-boundary';
import { failureOf, panelStateMessages } from '@/components/panel-states';
import { localName, localShortName } from '@/domain/local-names';
import { useViewFilters } from '@/hooks/use-view-filters';
import { describeError } from '@/lib/describe-error';
import { sectorsQuery } from '@/lib/endpoints/sectors';
import { zonesQuery } from '@/lib/endpoints/zones';
import {
  removeChip,
  toFilterChips,
  toFilterSummary,
  toSectorGroups,
  toZoneGroups,
  type FilterChip,
} from '@/lib/filter-options';
import { defineMessages } from '@/lib/messages';
import { isFiltered, YEAR_OPTIONS } from '@/lib/view-filters';
import styles from './filter-bar.module.css';
import { YearSelect } from './year-select';

// React Aria's TagGroup: only where a filter is set (a picker brings the rest of React Aria when opened).
// Loaded when a pointer comes over the controls, so that a first filter set with the mouse does
// not also load it inside the change's own task. Not on focus: its evaluation (React Aria's tag
// group, 96 ms on a slow phone) would then land between a keyboard user's focus and first key.
const loadChips = () => import('./filter-chips');
const FilterChips = lazy(() => loadChips().then((m) => ({ default: m.FilterChips })));

/** The chips as they look while FilterChips loads: the same boxes in the same place, nothing to press. */
function ChipsPreview({ chips }: { chips: FilterChip[] }) {
  return (
    <ul className={styles.chipList} aria-hidden="true">
      {chips.map((chip) => (
        <li key={chip.id} className={styles.chip}>
          {chip.label}
          <span className={styles.chipRemove}>×</span>
        </li>
      ))}
    </ul>
  );
}

const messages = defineMessages({
  label: {
    id: 'filters.bar.label',
    defaultMessage: 'Filters',
    description: 'Accessible name of the filter bar under the header.',
  },
  unavailable: {
    id: 'filters.bar.unavailable',
    defaultMessage: 'Filters unavailable: {problem}',
    description: 'The zone or sector lists failed to load; problem is a sentence saying why.',
  },
  zones: { id: 'filters.bar.zones', defaultMessage: 'Zones', description: 'Zone picker button.' },
  sectors: { id: 'filters.bar.sectors', defaultMessage: 'Sectors', description: 'Sector picker button.' },
  chooseZones: {
    id: 'filters.bar.choose-zones',
    defaultMessage: 'Choose zones',
    description: 'Accessible name of the zone picker popup.',
  },
  searchZones: {
    id: 'filters.bar.search-zones',
    defaultMessage: 'Search zones',
    description: 'Accessible name of the search field in the zone picker.',
  },
  chooseSectors: {
    id: 'filters.bar.choose-sectors',
    defaultMessage: 'Choose sectors',
    description: 'Accessible name of the sector picker popup.',
  },
  from: {
    id: 'filters.bar.from',
    defaultMessage: 'From',
    description: 'Label of the first-year picker (the period starts in this year).',
  },
  to: {
    id: 'filters.bar.to',
    defaultMessage: 'To',
    description: 'Label of the last-year picker (the period ends in this year).',
  },
  city: {
    id: 'filters.bar.zone-city',
    defaultMessage: '· {city}',
    description: "After a zone's name in the zone picker: its city (kept as the data gives it).",
  },
  active: {
    id: 'filters.bar.active',
    defaultMessage: 'Active filters',
    description: 'Accessible name of the list of removable filter chips.',
  },
  remove: {
    id: 'filters.bar.remove-chip',
    defaultMessage: 'Remove',
    description:
      'Accessible name of the × button on a filter chip; screen readers hear it followed by the chip text ("Remove IT & software").',
  },
  clear: {
    id: 'filters.bar.clear',
    defaultMessage: 'Clear all',
    description: 'Button that removes every filter.',
  },
});

/** The one filter bar: every panel on every page answers the question it asks. */
export function FilterBar() {
  const t = useLocale();
  // The controls show the filters as they are now; the panels follow in a background pass.
  const { filters, setFilters, clearFilters } = useViewFilters({ urgent: true });
  const zones = useQuery(zonesQuery());
  const sectors = useQuery(sectorsQuery());
  const chips = toFilterChips(filters, zones.data, sectors.data, t);
  const failed = failureOf(zones) ? zones : failureOf(sectors) ? sectors : null;
  const otherLang = (lang: string) => (lang === t.lang ? undefined : lang);

  return (
    <section className={styles.bar} aria-label={t.format(messages.label)}>
      <div className={styles.controls} onPointerEnter={() => void loadChips()}>
        {failed ? (
          <p className={styles.error} role="alert">
            {t.format(messages.unavailable, { problem: describeError(failureOf(failed), t) })}{' '}
            <button type="button" className="button button--small" onClick={() => void failed.refetch()}>
              {t.format(panelStateMessages.retry)}
            </button>
          </p>
        ) : (
          <>
            <LazyMultiPicker
              label={t.format(messages.zones)}
              dialogLabel={t.format(messages.chooseZones)}
              searchLabel={t.format(messages.searchZones)}
              searchable
              groups={() => toZoneGroups(zones.data ?? [], t)}
              selected={filters.zones}
              onChange={(ids) => setFilters({ zones: ids })}
              itemText={(z) => localShortName(z, t.lang).text}
              itemLang={(z) => otherLang(localShortName(z, t.lang).lang)}
              itemDetail={(z) => ` ${t.format(messages.city, { city: z.city })}`}
            />
            <LazyMultiPicker
              label={t.format(messages.sectors)}
              dialogLabel={t.format(messages.chooseSectors)}
              groups={() => toSectorGroups(sectors.data ?? [], t)}
              selected={filters.sectors}
              onChange={(ids) => setFilters({ sectors: ids })}
              itemText={(s) => localName(s, t.lang).text}
              itemLang={(s) => otherLang(localName(s, t.lang).lang)}
            />
          </>
        )}
        <YearSelect
          label={t.format(messages.from)}
          value={filters.from}
          years={YEAR_OPTIONS}
          onChange={(from) => setFilters({ from })}
        />
        <YearSelect
          label={t.format(messages.to)}
          value={filters.to}
          years={YEAR_OPTIONS}
          onChange={(to) => setFilters({ to })}
        />
      </div>
      <p className={styles.summary} aria-live="polite">
        {toFilterSummary(filters, zones.data, sectors.data, t)}
      </p>
      {chips.length > 0 && (
        <div className={styles.chips}>
          {/* If the chips' code cannot load, the summary above, the pickers and Clear still work. */}
          <LoadBoundary fallback={() => <ChipsPreview chips={chips} />}>
            <Suspense fallback={<ChipsPreview chips={chips} />}>
              <FilterChips
                chips={chips}
                label={t.format(messages.active)}
                removeLabel={t.format(messages.remove)}
                onRemove={(id) => setFilters(removeChip(filters, id))}
              />
            </Suspense>
          </LoadBoundary>
          {isFiltered(filters) && (
            <button type="button" className="button button--ghost button--small" onClick={clearFilters}>
              {t.format(messages.clear)}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
