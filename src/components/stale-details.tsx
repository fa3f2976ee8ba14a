import { useRetryNote } from '@/hooks/use-retry-note';
import { describeError } from '@/lib/api-error';
import { probeNow } from '@/lib/circuit';
import { ErrorDetails } from './error-details';
import type { QueryFreshness } from './panel-states';

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** When the figures shown were fetched, why they could not be refreshed, and Retry. */
export function StaleDetails({ queries: old }: { queries: readonly QueryFreshness[] }) {
  const failing = old.map((q) => q.failureReason ?? (q.isError ? q.error : null)).find((e) => e != null);
  const note = useRetryNote(failing);
  const since = Math.min(...old.map((q) => q.dataUpdatedAt));
  return (
    <div className="state-stale" role="status">
      <p>
        <span aria-hidden="true">⏱ </span>
        As of your last successful load, {timeFormat.format(since)}.{' '}
        {failing ? `${describeError(failing)}${note}` : 'Checking for newer figures…'}
      </p>
      {failing != null && <ErrorDetails error={failing} />}
      {failing != null && (
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            probeNow();
            old.forEach((q) => void q.refetch());
          }}
        >
          Retry
        </button>
      )}
    </div>
  );
}
