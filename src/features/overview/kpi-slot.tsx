import { useQuery } from '@tanstack/react-query';
import { EmptyState, ErrorState, LoadingBlock } from '@/components/panel-states';
import { describeError } from '@/lib/api-error';
import { observationsQuery } from '@/lib/endpoints/observations';
import { worldBankQuery } from '@/lib/endpoints/world-bank';
import { KpiCardBody } from './kpi-card';
import type { KpiDefinition } from './kpi-definitions';

/** One card: its own queries, loading, error with retry and empty states, then the shaped KPI. */
export function KpiSlot({ definition }: { definition: KpiDefinition }) {
  const primary = useQuery(observationsQuery(definition.observations));
  const wbParams = definition.worldBank;
  const context = useQuery({
    ...worldBankQuery(wbParams ?? { indicator: 'SP.POP.TOTL', countries: ['PAK'], from: 2010, to: 2024 }),
    enabled: wbParams !== undefined,
  });
  const titleId = `kpi-${definition.id}-title`;
  const kpi = primary.data ? definition.shape(primary.data, context.data) : null;

  return (
    <article className="kpi-card" aria-labelledby={titleId} aria-busy={primary.isPending}>
      <h3 id={titleId} className="kpi-title">
        {definition.title}
      </h3>
      {primary.isPending ? (
        <LoadingBlock label={definition.title} lines={4} />
      ) : primary.isError ? (
        <ErrorState
          error={primary.error}
          onRetry={() => void primary.refetch()}
          retrying={primary.isFetching}
        />
      ) : kpi ? (
        <>
          <KpiCardBody kpi={kpi} />
          {wbParams && context.isError && (
            <div className="kpi-context-error" role="status">
              World Bank series unavailable: {describeError(context.error)}{' '}
              <button type="button" className="button button--small" onClick={() => void context.refetch()}>
                Retry World Bank
              </button>
            </div>
          )}
        </>
      ) : (
        <EmptyState>
          No figures for this indicator were returned, so nothing is shown rather than a guess.
        </EmptyState>
      )}
    </article>
  );
}
