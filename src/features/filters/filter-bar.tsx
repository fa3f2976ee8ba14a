import { useQuery } from '@tanstack/react-query';
import { Button, Tag, TagGroup, TagList, type Key } from 'react-aria-components';
import { useViewFilters } from '@/hooks/use-view-filters';
import { sectorsQuery } from '@/lib/endpoints/sectors';
import { zonesQuery } from '@/lib/endpoints/zones';
import { failureOf } from '@/components/panel-states';
import { describeError } from '@/lib/api-error';
import { isFiltered, YEAR_OPTIONS } from '@/lib/view-filters';
import { MultiPicker } from '@/components/multi-picker';
import {
  removeChip,
  toFilterChips,
  toFilterSummary,
  toSectorGroups,
  toZoneGroups,
} from '@/lib/filter-options';
import { YearSelect } from './year-select';
import './filter-bar.css';

/** The one filter bar: every panel on every page answers the question it asks. */
export function FilterBar() {
  const { filters, setFilters, clearFilters } = useViewFilters();
  const zones = useQuery(zonesQuery());
  const sectors = useQuery(sectorsQuery());
  const chips = toFilterChips(filters, zones.data, sectors.data);
  const failed = failureOf(zones) ? zones : failureOf(sectors) ? sectors : null;

  return (
    <section className="filter-bar" aria-label="Filters">
      <div className="filter-controls">
        {failed ? (
          <p className="filter-error" role="alert">
            Filters unavailable: {describeError(failureOf(failed))}{' '}
            <button type="button" className="button button--small" onClick={() => void failed.refetch()}>
              Retry
            </button>
          </p>
        ) : (
          <>
            <MultiPicker
              label="Zones"
              searchable
              groups={toZoneGroups(zones.data ?? [])}
              selected={filters.zones}
              onChange={(ids) => setFilters({ zones: ids })}
              itemText={(z) => z.shortName}
              itemDetail={(z) => ` · ${z.city}`}
            />
            <MultiPicker
              label="Sectors"
              groups={toSectorGroups(sectors.data ?? [])}
              selected={filters.sectors}
              onChange={(ids) => setFilters({ sectors: ids })}
              itemText={(s) => s.name}
            />
          </>
        )}
        <YearSelect
          label="From"
          value={filters.from}
          years={YEAR_OPTIONS}
          onChange={(from) => setFilters({ from })}
        />
        <YearSelect
          label="To"
          value={filters.to}
          years={YEAR_OPTIONS}
          onChange={(to) => setFilters({ to })}
        />
      </div>
      <p className="filter-summary" aria-live="polite">
        {toFilterSummary(filters, zones.data, sectors.data)}
      </p>
      {chips.length > 0 && (
        <div className="filter-chips">
          <TagGroup
            aria-label="Active filters"
            onRemove={(keys: Set<Key>) => keys.forEach((k) => setFilters(removeChip(filters, String(k))))}
          >
            <TagList items={chips} className="chip-list">
              {(chip) => (
                <Tag id={chip.id} textValue={chip.label} className="chip">
                  {chip.label}
                  <Button slot="remove" className="chip-remove">
                    ×
                  </Button>
                </Tag>
              )}
            </TagList>
          </TagGroup>
          {isFiltered(filters) && (
            <button type="button" className="button button--ghost button--small" onClick={clearFilters}>
              Clear all
            </button>
          )}
        </div>
      )}
    </section>
  );
}
