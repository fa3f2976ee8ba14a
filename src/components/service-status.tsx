import { useSyncExternalStore } from 'react';
import { useNow } from '@/hooks/use-now';
import { describeError } from '@/lib/api-error';
import { circuitSnapshot, subscribeCircuits } from '@/lib/circuit';
import { rejectedSnapshot, subscribeRejected } from '@/lib/rejected-records';
import { ErrorDetails } from './error-details';

/** A service that has stopped answering (its circuit is open), or records left out of an answer. */
export function ServiceStatus() {
  const circuits = useSyncExternalStore(subscribeCircuits, circuitSnapshot);
  const rejected = useSyncExternalStore(subscribeRejected, rejectedSnapshot);
  const open = circuits[0];
  const now = useNow(open !== undefined);
  return (
    <>
      {open && (
        <div className="connection-status" role="status">
          <p>
            {describeError(open.lastError)} Requests are paused and tried again{' '}
            {open.retryAt > now ? `in ${Math.ceil((open.retryAt - now) / 1000)} s` : 'now'}; figures already
            loaded stay on screen.
          </p>
          <ErrorDetails error={open.lastError} />
        </div>
      )}
      {rejected.length > 0 && (
        <div className="connection-status" role="status">
          <p>
            Some records were left out because they failed validation:{' '}
            {rejected.map((r) => `${r.count} of ${r.total} from ${r.resource}`).join(', ')}. The rest are
            shown.
          </p>
          <details className="state-details">
            <summary>Details</summary>
            <ul>
              {rejected.flatMap((r) =>
                r.issues.map((issue, i) => <li key={`${r.url}-${i}`}>{`${r.url} ${issue}`}</li>),
              )}
            </ul>
          </details>
        </div>
      )}
    </>
  );
}
