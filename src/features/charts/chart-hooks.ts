import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { parseAsArrayOf, parseAsString, useQueryState } from 'nuqs';
import { useCallback, useMemo, type ReactNode } from 'react';
import type { ChartView } from '@/components/chart-view-tabs';
import { useLocale } from '@/components/language-provider';
import { failureOf, type QueryFreshness } from '@/components/panel-states';
import { milestoneKinds } from '@/domain/event';
import { localName, localShortName } from '@/domain/local-names';
import { eventsQuery } from '@/lib/endpoints/events';
import { metaQueryOptions } from '@/lib/endpoints/meta';
import { sectorsQuery } from '@/lib/endpoints/sectors';
import { zonesQuery } from '@/lib/endpoints/zones';
import { toFreshness } from '@/lib/freshness';
import type { ViewFilters } from '@/lib/view-filters';
import type { Shaped } from './chart-model';
import type { Names } from './to-breakdown';
import { toEventMarkers } from './to-event-markers';

/**
 * Which charts are shown as tables, in the URL (`?table=fdi,ict-exports`) so a link reopens the
 * same view. Charts are the default and are never written.
 */
const tablesParser = parseAsArrayOf(parseAsString).withDefault([]).withOptions({ history: 'replace' });

export function useChartView(id: string): [ChartView, (view: ChartView) => void] {
  const [tables, setTables] = useQueryState('table', tablesParser);
  const view: ChartView = tables.includes(id) ? 'table' : 'chart';
  const setView = useCallback(
    (next: ChartView) =>
      void setTables((current) => {
        const others = current.filter((t) => t !== id);
        const list = next === 'table' ? [...others, id] : others;
        return list.length ? list : null;
      }),
    [id, setTables],
  );
  return [view, setView];
}

export interface PanelState {
  status: 'pending' | 'error' | 'ready';
  error: unknown;
  onRetry: () => void;
  retrying: boolean;
  /** For the "as of your last successful load" notice. */
  queries: readonly QueryFreshness[];
}

/**
 * A panel needs all its queries: pending until all answer, failed once one of them has failed with
 * nothing to show (even while it retries, so the user learns at once); Retry refetches the failed.
 */
export function panelState(
  queries: readonly UseQueryResult<unknown>[],
  /** The figures are still being shaped from the answers in (a deferred render), with none to show yet. */
  shaping = false,
): PanelState {
  const failed = queries.filter((q) => failureOf(q) !== null);
  return {
    status: failed.length ? 'error' : shaping || queries.some((q) => q.isPending) ? 'pending' : 'ready',
    error: failed[0] ? failureOf(failed[0]) : null,
    onRetry: () => failed.forEach((q) => void q.refetch()),
    retrying: failed.some((q) => q.isFetching),
    queries,
  };
}

/** What every chart panel is given: its frame's words, its queries' state and the shaped figures. */
export interface ChartPanelProps<M> {
  id: string;
  title: string;
  subtitle: string;
  state: PanelState;
  shaped: Shaped<M> | null;
  empty: ReactNode;
  scopeNote?: string | null;
  csvPreamble?: readonly string[];
  /** The indicators drawn, for "updated …, next expected …" (GET /meta). */
  indicators?: readonly string[];
}

/** The frame's share of a panel: its state (empty when ready with nothing shaped), summary, sources and table. */
export const frameState = (state: PanelState, shaped: Shaped<unknown> | null) => ({
  status: state.status === 'ready' && !shaped ? ('empty' as const) : state.status,
  error: state.error,
  onRetry: state.onRetry,
  retrying: state.retrying,
  dataQueries: state.queries,
  summary: shaped?.summary,
  provenances: shaped?.provenances ?? [],
  table: shaped?.table ?? null,
});

/** Cooperation milestones for time axes; their failure only loses the markers, never the chart. */
export function useMilestones() {
  const query = useQuery(eventsQuery({ kinds: milestoneKinds }));
  const markers = useMemo(() => (query.data ? toEventMarkers(query.data) : []), [query.data]);
  return {
    markers,
    failed: failureOf(query) !== null,
    retry: () => void query.refetch(),
    retrying: query.isFetching,
  };
}

/** The view's years clipped to what a series covers; World Bank queries need both ends. */
export function yearsFor(filters: ViewFilters, min: number, max: number): { from: number; to: number } {
  const clip = (y: number) => Math.min(max, Math.max(min, y));
  return { from: clip(filters.from ?? min), to: clip(filters.to ?? max) };
}

/** Years outside a series' span leave nothing to show; the empty state says why. */
export const yearsEmpty = (filters: ViewFilters, min: number, max: number): boolean =>
  (filters.from !== null && filters.from > max) || (filters.to !== null && filters.to < min);

/** Zone and sector names for labels, in the reader's language; the API's order is the stacking order. */
export function useNames() {
  const { lang } = useLocale();
  const zones = useQuery(zonesQuery());
  const sectors = useQuery(sectorsQuery());
  const names = useMemo<Names | null>(
    () =>
      zones.data && sectors.data
        ? {
            zones: new Map(zones.data.map((z) => [z.id, localShortName(z, lang).text])),
            sectors: new Map(sectors.data.map((s) => [s.id, localName(s, lang).text])),
          }
        : null,
    [zones.data, sectors.data, lang],
  );
  return { names, queries: [zones, sectors] as const };
}

/** Release freshness of the panel's series; /meta failing only loses the note, never the chart. */
export function useFreshness(indicators: readonly string[] | undefined) {
  const meta = useQuery({ ...metaQueryOptions(), enabled: Boolean(indicators?.length) });
  return toFreshness(meta.data?.indicators, indicators ?? [], useLocale());
}
