import './panel-states.css';
import { Suspense, useState, type ReactNode } from 'react';
import { useNow } from '@/hooks/use-now';
import { useRetryNote } from '@/hooks/use-retry-note';
import { LazyErrorDetails, LazyStaleNotice } from './deferred';
import { useOnline } from '@/hooks/use-online';
import { describeError } from '@/lib/api-error';
import { probeNow } from '@/lib/circuit';
import { sessionStartedAt } from '@/lib/session';

/** A panel that has waited this long without an answer says so in words, not only with skeletons. */
const STILL_LOADING_MS = 1500;

const OFFLINE = 'You are offline. The figures will load when the connection returns.';

/** Placeholder blocks that keep the panel's final size, so nothing shifts when data arrives. */
export function LoadingBlock({ label, lines = 3 }: { label: string; lines?: number }) {
  const online = useOnline();
  const [since] = useState(() => Date.now());
  const now = useNow(online);
  const slow = now - since >= STILL_LOADING_MS;
  return (
    <div className="state-loading" role="status" aria-live="polite">
      {!online ? (
        <p className="state-note">{OFFLINE}</p>
      ) : slow ? (
        <p className="state-note">Still loading {label}…</p>
      ) : (
        <span className="visually-hidden">Loading {label}…</span>
      )}
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton" aria-hidden="true" />
      ))}
    </div>
  );
}

export function ErrorState({
  error,
  onRetry,
  retrying,
}: {
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
}) {
  const online = useOnline();
  const note = useRetryNote(error);
  const busy = Boolean(retrying) && note === '';
  return (
    <div className="state-error" role="alert">
      <p>
        <span aria-hidden="true">⚠ </span>
        {online ? `${describeError(error)}${note}` : OFFLINE}
      </p>
      <Suspense fallback={null}>
        <LazyErrorDetails error={error} />
      </Suspense>
      <button
        type="button"
        className="button"
        onClick={() => {
          probeNow();
          onRetry();
        }}
        disabled={busy}
      >
        {busy ? 'Retrying…' : 'Retry'}
      </button>
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return (
    <div className="state-empty">
      <p>{children}</p>
    </div>
  );
}

/** What a panel needs to know to label figures that are not from this visit or whose refresh failed. */
export interface QueryFreshness {
  data: unknown;
  dataUpdatedAt: number;
  failureReason: unknown;
  error: unknown;
  isError: boolean;
  refetch: () => unknown;
}

/** A failure to show instead of figures: only when there are no figures to show. */
export function failureOf(query: QueryFreshness): unknown {
  if (query.data !== undefined) return null;
  return (query.isError ? query.error : query.failureReason) ?? null;
}

/**
 * Figures restored from the browser's copy, or kept while a refresh fails, are labelled as such;
 * they are never passed off as current. The full notice (time, cause, Retry) loads after first paint;
 * until then, or if it cannot load, a plain label stands in.
 */
export function StaleNotice({ queries }: { queries: readonly QueryFreshness[] }): ReactNode {
  const old = queries.filter(
    (q) =>
      q.data !== undefined && (q.dataUpdatedAt < sessionStartedAt() || q.failureReason != null || q.isError),
  );
  if (old.length === 0) return null;
  return (
    <Suspense fallback={<p className="state-stale">As of your last successful load.</p>}>
      <LazyStaleNotice queries={old} />
    </Suspense>
  );
}
