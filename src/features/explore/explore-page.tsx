import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { EmptyState, ErrorState, failureOf, LoadingBlock, StaleNotice } from '@/components/panel-states';
import { useViewFilters } from '@/hooks/use-view-filters';
import { downloadText, toCsv } from '@/lib/csv';
import { slugify } from '@/lib/download';
import { describeError } from '@/lib/api-error';
import { indicatorsQuery } from '@/lib/endpoints/indicators';
import { observationsQuery } from '@/lib/endpoints/observations';
import { sectorsQuery } from '@/lib/endpoints/sectors';
import { zonesQuery } from '@/lib/endpoints/zones';
import { applyViewFilters, hasBreakdownFilter } from '@/lib/view-filters';
import { ColumnMenu } from './column-menu';
import { ComparePanel } from './compare-panel';
import { ObservationsTable } from './observations-table';
import { columnLabels } from './table-columns';
import { csvColumns, csvPreamble, toCsvRows } from './to-csv-rows';
import { toFilterSummary } from '@/lib/filter-options';
import { toTableRows } from './to-table-rows';
import { formatSort, parseSort, useExploreParams } from './use-explore-params';
import './explore.css';

/** Every figure behind the dashboard as a sortable table, exportable with its sources, plus zone comparison. */
export function ExplorePage() {
  const { filters } = useViewFilters();
  const [params, setParams] = useExploreParams();
  const [hideUnbroken, setHideUnbroken] = useState(false);
  const indicators = useQuery(indicatorsQuery());
  const zones = useQuery(zonesQuery());
  const sectors = useQuery(sectorsQuery());
  // Years narrow the request; zones and sectors are applied to the rows, since national figures have neither.
  // Every vintage: where SBP revised a figure, analysts see the first-reported and the revised value.
  const observations = useQuery({
    ...observationsQuery(
      applyViewFilters(
        params.indicator ? { indicators: [params.indicator], vintage: 'all' } : { vintage: 'all' },
        filters,
        { breakdown: false },
      ),
    ),
    placeholderData: keepPreviousData,
  });
  const lookups = { indicators: indicators.data ?? [], zones: zones.data ?? [], sectors: sectors.data ?? [] };
  const data = useMemo(
    () => (observations.data ? toTableRows(observations.data, lookups, filters, { hideUnbroken }) : null),
    // lookups is rebuilt each render from stable query data.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [observations.data, indicators.data, zones.data, sectors.data, filters, hideUnbroken],
  );
  const indicatorName = lookups.indicators.find((i) => i.id === params.indicator)?.name ?? 'All indicators';
  const summary = toFilterSummary(filters, zones.data, sectors.data);
  const visibility = Object.fromEntries(params.hide.map((id) => [id, false]));

  function exportCsv() {
    if (!data) return;
    const csv = toCsv(csvColumns, toCsvRows(data.rows), {
      preamble: csvPreamble(summary, indicatorName, new Date()),
    });
    downloadText(
      `tech-corridor-${slugify(indicatorName)}-${new Date().toISOString().slice(0, 10)}.csv`,
      csv,
      'text/csv',
    );
  }

  return (
    <section className="page" aria-labelledby="explore-title">
      <h2 id="explore-title" className="page-title">
        Explore the data
      </h2>
      <p className="page-lede">
        Every figure behind the dashboard, with its source. Sort, hide columns, compare zones and take the
        rows away as CSV.
      </p>
      {failureOf(indicators) != null && (
        <div className="state-stale" role="status">
          <p>Indicator names unavailable: {describeError(failureOf(indicators))}</p>
          <button type="button" className="button button--small" onClick={() => void indicators.refetch()}>
            Retry indicators
          </button>
        </div>
      )}
      <div className="explore-controls">
        <label className="inline-field">
          Indicator{' '}
          <select
            value={params.indicator ?? ''}
            onChange={(e) => void setParams({ indicator: e.target.value || null })}
          >
            <option value="">All indicators</option>
            {lookups.indicators.map((i) => (
              <option key={i.id} value={i.id}>
                {i.name}
              </option>
            ))}
          </select>
        </label>
        <ColumnMenu
          labels={columnLabels}
          visibility={visibility}
          onChange={(v) => void setParams({ hide: Object.keys(v).filter((k) => v[k] === false) })}
        />
        {hasBreakdownFilter(filters) && (
          <label className="inline-field">
            <input
              type="checkbox"
              checked={hideUnbroken}
              onChange={(e) => setHideUnbroken(e.target.checked)}
            />{' '}
            Hide figures that cannot be broken down by zone or sector
          </label>
        )}
        <button
          type="button"
          className="button"
          onClick={exportCsv}
          disabled={!data || data.rows.length === 0}
        >
          Download CSV
        </button>
      </div>
      {failureOf(observations) ? (
        <ErrorState
          error={failureOf(observations)}
          onRetry={() => void observations.refetch()}
          retrying={observations.isFetching}
        />
      ) : observations.isPending ? (
        <LoadingBlock label="the data table" lines={8} />
      ) : !data || data.rows.length === 0 ? (
        <EmptyState>No figures match these filters. Widen the period or remove a zone or sector.</EmptyState>
      ) : (
        <>
          <StaleNotice queries={[observations]} />
          <p className="table-status" aria-live="polite">
            {data.rows.length.toLocaleString('en-GB')} rows · {indicatorName}
            {observations.isPlaceholderData && ' · updating…'}
            {data.unbrokenRows > 0 &&
              ` · ${data.unbrokenRows} national or provincial rows cannot be broken down by zone or sector and are shown unfiltered`}
          </p>
          <ObservationsTable
            data={data}
            sorting={parseSort(params.sort)}
            onSortingChange={(next) => void setParams({ sort: formatSort(next) })}
            columnVisibility={visibility}
            caption={`Observations: ${indicatorName}. ${summary}`}
          />
        </>
      )}
      <ComparePanel zones={zones.data ?? []} indicators={lookups.indicators} sectors={filters.sectors} />
    </section>
  );
}
