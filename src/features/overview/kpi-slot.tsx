import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { memo, useDeferredValue } from 'react';
import { useLocale } from '@/components/language-provider';
import {
  EmptyState,
  ErrorState,
  failureOf,
  LoadingBlock,
  StaleNotice,
  useFailureReason,
} from '@/components/panel-states';
import { observationsQuery } from '@/lib/endpoints/observations';
import { worldBankQuery } from '@/lib/endpoints/world-bank';
import {
  applyViewFilters,
  hasBreakdownFilter,
  isFiltered,
  yearsOf,
  type ViewFilters,
} from '@/lib/view-filters';
import type { KpiCard } from './kpi-cards';
import type { IndicatorMeta } from '@/domain/meta';
import { worldBankSpan } from '@/domain/world-bank-span';
import type { Zone } from '@/domain/zone';
import { defineMessages } from '@/lib/messages';
import styles from './kpi-card.module.css';
import { useShapedKpi } from './use-shaped-kpi';

const messages = defineMessages({
  emptyFiltered: {
    id: 'overview.slot.empty-filtered',
    defaultMessage:
      'No figures for this indicator in the selected years. Widen the period to see the latest figure.',
    description: 'A KPI card when the year filter leaves no figures.',
  },
  empty: {
    id: 'overview.slot.empty',
    defaultMessage: 'No figures for this indicator were returned, so nothing is shown rather than a guess.',
    description: 'A KPI card when the API returned no figures.',
  },
  updating: {
    id: 'overview.slot.updating',
    defaultMessage: '· updating…',
    description:
      'After a KPI card’s title while new figures load (a filter changed); starts with a separator.',
  },
  unfiltered: {
    id: 'overview.slot.unfiltered',
    defaultMessage: 'Unfiltered by zone and sector',
    description: 'On a KPI card when zone or sector filters are set: national figures cannot be split.',
  },
  contextFailed: {
    id: 'overview.slot.world-bank-failed',
    defaultMessage: 'World Bank series unavailable: {reason}',
    description: 'When the World Bank context of a card fails; reason says why (already in the language).',
  },
  retryWorldBank: {
    id: 'overview.slot.world-bank-retry',
    defaultMessage: 'Retry World Bank',
    description: 'Button: ask the World Bank series again.',
  },
});

const noIndicators: readonly string[] = [];

/**
 * One card: its own queries, loading, error with retry and empty states, then the shaped KPI.
 * Year filters narrow the card; zone and sector filters cannot split a national figure, and the card says so.
 * The page reads the filters, the zones and /meta once and hands them down: one URL subscription and
 * two query observers for the page, not one each per card (seventeen cards).
 * Memoised: a card re-renders for its own queries and a change of filters, not for every address change.
 */
export const KpiSlot = memo(function KpiSlot({
  definition,
  filters,
  zones,
  meta,
}: {
  definition: KpiCard;
  filters: ViewFilters;
  /** Zone names and dates label zone-level figures; without them a card still shows its figures. */
  zones: readonly Zone[] | undefined;
  /** /meta's freshness records: secondary, so without them a card says nothing about freshness. */
  meta: readonly IndicatorMeta[] | undefined;
}) {
  const t = useLocale();
  const title = t.format(definition.title);
  const shaped = useShapedKpi();
  // Previous figures stay on screen while a filter change loads: no flashing skeletons.
  const primary = useQuery({
    ...observationsQuery(applyViewFilters(definition.observations, filters, { breakdown: false })),
    placeholderData: keepPreviousData,
  });
  const wbParams = definition.worldBank;
  const context = useQuery({
    ...worldBankQuery({
      ...(wbParams ?? { indicator: 'SP.POP.TOTL', countries: ['PAK'], ...worldBankSpan }),
      ...yearsOf(filters),
    }),
    enabled: wbParams !== undefined,
    placeholderData: keepPreviousData,
  });
  // The figures follow the answers in a deferred render: an answer re-renders the card's frame at
  // once (TanStack Query's hooks render synchronously), while shaping and drawing the figures runs
  // in a transition, in slices with room for input and paint between them.
  const observations = useDeferredValue(primary.data);
  const worldBank = useDeferredValue(context.data);
  const zoneList = useDeferredValue(zones);
  const freshness = useDeferredValue(meta);
  const catchingUp =
    observations !== primary.data || worldBank !== context.data || zoneList !== zones || freshness !== meta;
  const titleId = `kpi-${definition.id}-title`;
  const updating = primary.isPlaceholderData || context.isPlaceholderData;
  const failure = failureOf(primary);
  const contextFailure = wbParams ? failureOf(context) : null;
  const contextReason = useFailureReason(contextFailure);

  const empty = (
    <EmptyState>{t.format(isFiltered(filters) ? messages.emptyFiltered : messages.empty)}</EmptyState>
  );

  return (
    <article
      className={styles.card}
      aria-labelledby={titleId}
      aria-busy={primary.isPending || updating || catchingUp || !shaped.module}
    >
      <h3 id={titleId} className={styles.title}>
        {title}
        {updating && <span className={styles.updating}> {t.format(messages.updating)}</span>}
      </h3>
      {failure ? (
        <ErrorState error={failure} onRetry={() => void primary.refetch()} retrying={primary.isFetching} />
      ) : primary.isPending || (primary.data && !observations) ? (
        <LoadingBlock label={title} lines={4} />
      ) : !observations ? (
        empty
      ) : shaped.error !== undefined ? (
        <ErrorState error={shaped.error} onRetry={() => window.location.reload()} />
      ) : !shaped.module ? (
        <LoadingBlock label={title} lines={4} />
      ) : (
        <shaped.module.ShapedKpi
          id={definition.id}
          observations={observations}
          worldBank={worldBank}
          zones={zoneList}
          meta={freshness}
          indicators={definition.observations.indicators ?? noIndicators}
          before={
            <>
              {hasBreakdownFilter(filters) && <p className={styles.scope}>{t.format(messages.unfiltered)}</p>}
              <StaleNotice queries={wbParams ? [primary, context] : [primary]} />
            </>
          }
          after={
            contextFailure != null && (
              <div className={styles.contextError} role="status">
                {t.format(messages.contextFailed, { reason: contextReason })}{' '}
                <button type="button" className="button button--small" onClick={() => void context.refetch()}>
                  {t.format(messages.retryWorldBank)}
                </button>
              </div>
            )
          }
          empty={empty}
        />
      )}
    </article>
  );
});
