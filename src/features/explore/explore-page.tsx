import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useLocale } from '@/components/language-provider';
import {
  EmptyState,
  ErrorState,
  failureOf,
  LoadingBlock,
  NoticeBox,
  StaleNotice,
} from '@/components/panel-states';
import { localName, type LocalText } from '@/domain/local-names';
import { useStableList } from '@/hooks/use-stable-list';
import { useViewFilters } from '@/hooks/use-view-filters';
import { downloadText, toCsv } from '@/lib/csv';
import { describeError } from '@/lib/describe-error';
import { indicatorsQuery } from '@/lib/endpoints/indicators';
import { sectorsQuery } from '@/lib/endpoints/sectors';
import { zonesQuery } from '@/lib/endpoints/zones';
import { hasBreakdownFilter } from '@/lib/view-filters';
import { ColumnMenu } from './column-menu';
import { ComparePanel } from './compare-panel';
import { exploreMessages as m } from './explore-messages';
import { NamedOptions } from './local-text';
import { ObservationsTable } from './observations-table';
import { columnLabels } from './table-columns';
import { TableStatus } from './table-status';
import { csvColumns, csvPreamble, toCsvRows } from './to-csv-rows';
import { toFilterSummary } from '@/lib/filter-options';
import { formatSort, parseSort, useExploreParams } from './use-explore-params';
import { useExploreTable } from './use-explore-table';
import styles from './explore-page.module.css';

/** Every figure behind the dashboard as a sortable table, exportable with its sources, plus zone comparison. */
export function ExplorePage() {
  const t = useLocale();
  const { filters } = useViewFilters();
  const [params, setParams] = useExploreParams();
  const [hideUnbroken, setHideUnbroken] = useState(false);
  const [exporting, setExporting] = useState<'idle' | 'busy' | 'failed'>('idle');
  const indicators = useQuery(indicatorsQuery());
  const zones = useQuery(zonesQuery());
  const sectors = useQuery(sectorsQuery());
  const lookups = { indicators: indicators.data ?? [], zones: zones.data ?? [], sectors: sectors.data ?? [] };
  const sorting = useMemo(() => parseSort(params.sort), [params.sort]);
  const table = useExploreTable({ indicator: params.indicator, filters, sorting, hideUnbroken, lookups });
  const { pages: observations, data } = table;
  const chosen = lookups.indicators.find((i) => i.id === params.indicator);
  const indicatorName: LocalText = chosen
    ? localName(chosen, t.lang)
    : { text: t.format(m.allIndicators), lang: t.lang === 'zh-Hans' || t.lang === 'ur' ? t.lang : 'en' };
  const summary = toFilterSummary(filters, zones.data, sectors.data);
  const hidden = useStableList(params.hide);
  const visibility = useMemo(() => Object.fromEntries(hidden.map((id) => [id, false])), [hidden]);
  const onSortingChange = useCallback(
    (next: Parameters<typeof formatSort>[0]) => void setParams({ sort: formatSort(next) }),
    [setParams],
  );

  /** The whole filtered list, in the table's order: the loaded rows if that is all, else every page. */
  async function exportCsv() {
    setExporting('busy');
    try {
      const now = new Date();
      const csv = toCsv(csvColumns(t), toCsvRows(await table.allRows()), {
        ids: true,
        preamble: csvPreamble(summary, indicatorName.text, now, t),
      });
      // Named by ids, so the file name is the same whatever the language.
      const name = `tech-corridor-${params.indicator ?? 'all-indicators'}-${now.toISOString().slice(0, 10)}.csv`;
      downloadText(name, csv, 'text/csv');
      setExporting('idle');
    } catch {
      setExporting('failed');
    }
  }

  return (
    <section className="page" aria-labelledby="explore-title">
      <h2 id="explore-title" className="page-title">
        {t.format(m.title)}
      </h2>
      <p className="page-lede">{t.format(m.lede)}</p>
      {failureOf(indicators) != null && (
        <NoticeBox role="status">
          <p>{t.format(m.indicatorsFailed, { reason: describeError(failureOf(indicators), t) })}</p>
          <button type="button" className="button button--small" onClick={() => void indicators.refetch()}>
            {t.format(m.retryIndicators)}
          </button>
        </NoticeBox>
      )}
      <div className={styles.controls}>
        <label className={styles.field}>
          {t.format(m.indicator)}{' '}
          <select
            className={styles.indicator}
            value={params.indicator ?? ''}
            onChange={(e) => void setParams({ indicator: e.target.value || null })}
          >
            <option value="">{t.format(m.allIndicators)}</option>
            <NamedOptions items={lookups.indicators} pageLang={t.lang} />
          </select>
        </label>
        <ColumnMenu
          labels={columnLabels(t)}
          visibility={visibility}
          onChange={(v) => void setParams({ hide: Object.keys(v).filter((k) => v[k] === false) })}
        />
        {hasBreakdownFilter(filters) && (
          <label className={styles.field}>
            <input
              type="checkbox"
              checked={hideUnbroken}
              onChange={(e) => setHideUnbroken(e.target.checked)}
            />{' '}
            {t.format(m.hideUnbroken)}
          </label>
        )}
        <button
          type="button"
          className="button"
          onClick={() => void exportCsv()}
          disabled={!data || data.rows.length === 0 || exporting === 'busy'}
        >
          {t.format(m.download)}
        </button>
        {exporting !== 'idle' && (
          <span role="status" className={styles.status}>
            {exporting === 'busy'
              ? t.format(m.preparing, { count: t.number(table.total) })
              : t.format(m.downloadFailed)}
          </span>
        )}
      </div>
      {failureOf(observations) ? (
        <ErrorState
          error={failureOf(observations)}
          onRetry={() => void observations.refetch()}
          retrying={observations.isFetching}
        />
      ) : observations.isPending || !data ? (
        <LoadingBlock label={t.format(m.loading)} lines={8} />
      ) : data.rows.length === 0 ? (
        <EmptyState>{t.format(m.empty)}</EmptyState>
      ) : (
        <>
          <StaleNotice queries={[observations]} />
          <TableStatus
            shown={data.rows.length}
            total={table.total}
            complete={table.complete}
            indicator={indicatorName}
            updating={observations.isPlaceholderData || table.catchingUp}
            unbrokenRows={table.unbrokenRows}
          />
          <ObservationsTable
            data={data}
            sorting={sorting}
            onSortingChange={onSortingChange}
            columnVisibility={visibility}
            caption={t.format(m.caption, { indicator: indicatorName.text, filters: summary })}
            totalRows={table.total}
            onNeedMore={table.loadMore}
          />
          {observations.isFetchNextPageError && (
            <NoticeBox role="alert">
              <p>{t.format(m.moreFailed, { reason: describeError(observations.error, t) })}</p>
              <button
                type="button"
                className="button button--small"
                onClick={() => void observations.fetchNextPage()}
              >
                {t.format(m.retryRows)}
              </button>
            </NoticeBox>
          )}
        </>
      )}
      <ComparePanel zones={zones.data ?? []} indicators={lookups.indicators} sectors={filters.sectors} />
    </section>
  );
}
