import './panel-states.css';
import { useEffect, useState, type ReactNode } from 'react';
import { useNow } from '@/hooks/use-now';
import { useOnline } from '@/hooks/use-online';
import { describeError, errorDetails } from '@/lib/api-error';
import { probeNow } from '@/lib/circuit';
import { retryAtOf } from '@/lib/query-client';
import { sessionStartedAt } from '@/lib/session';

/** A panel that has waited this long without an answer says so in words, not only with skeletons. */
export const STILL_LOADING_MS = 1500;

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

/** "Retrying in 8 s." while a retry is scheduled; nothing once the query has given up. */
function useRetryNote(error: unknown): string {
  const retryAt = retryAtOf(error);
  const now = useNow(retryAt !== undefined);
  if (retryAt === undefined) return '';
  const seconds = Math.ceil((retryAt - now) / 1000);
  return seconds > 0 ? ` Retrying in ${seconds} s.` : ' Retrying now…';
}

/** URL, status and fields, for whoever needs them; never a stack trace. */
export function ErrorDetails({ error }: { error: unknown }) {
  useEffect(() => {
    console.warn(`[api] ${describeError(error)}`, Object.fromEntries(errorDetails(error)));
  }, [error]);
  return (
    <details className="state-details">
      <summary>Details</summary>
      <dl>
        {errorDetails(error).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </details>
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
      <ErrorDetails error={error} />
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

const timeFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Figures restored from the browser's copy, or kept while a refresh fails, are labelled with when
 * they were fetched; they are never passed off as current.
 */
export function StaleNotice({ queries }: { queries: readonly QueryFreshness[] }): ReactNode {
  const withData = queries.filter((q) => q.data !== undefined);
  const old = withData.filter(
    (q) => q.dataUpdatedAt < sessionStartedAt() || q.failureReason != null || q.isError,
  );
  const failing = old.map((q) => q.failureReason ?? (q.isError ? q.error : null)).find((e) => e != null);
  const note = useRetryNote(failing);
  if (old.length === 0) return null;
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
