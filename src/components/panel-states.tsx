import { Suspense, type ReactNode } from 'react';
import { useElapsed } from '@/hooks/use-now';
import { useRetryNote } from '@/hooks/use-retry-note';
import { LazyErrorDetails, LazyStaleNotice, useDescribeError } from './deferred';
import { useOnline } from '@/hooks/use-online';
import { probeNow } from '@/lib/circuit';
import { defineMessages } from '@/lib/messages';
import { sessionStartedAt } from '@/lib/session';
import { classes } from './classes';
import { useLocale } from './language-provider';
import styles from './panel-states.module.css';
import { StaleShort } from './stale-short';

const messages = defineMessages({
  offline: {
    id: 'states.offline',
    defaultMessage: 'You are offline. The figures will load when the connection returns.',
    description: 'Shown in a panel instead of its figures while the browser is offline.',
  },
  stillLoading: {
    id: 'states.still-loading',
    defaultMessage: 'Still loading {what}…',
    description: 'A panel waiting over 1.5 s; what names the panel in lower case ("the map", "page").',
  },
  loading: {
    id: 'states.loading',
    defaultMessage: 'Loading {what}…',
    description: 'Said to screen readers while a panel loads; what names the panel.',
  },
  problem: {
    id: 'states.problem-and-retry',
    defaultMessage: '{problem} {retry}',
    description: 'A failure sentence followed by the retry countdown ("Retrying in 8 s."). Adjust spacing.',
  },
  retry: {
    id: 'states.retry',
    defaultMessage: 'Retry',
    description: 'Button: try loading the failed figures again.',
  },
  failed: {
    id: 'states.failed',
    defaultMessage: 'These figures could not be loaded.',
    description:
      'A panel failed: said for a moment until the reason is ready in words, or if it cannot be (offline).',
  },
  retrying: {
    id: 'states.retrying',
    defaultMessage: 'Retrying…',
    description: 'Retry button while a retry runs.',
  },
});

/** Why it failed, in the reader's language; a plain sentence until the words have loaded. */
export function useFailureReason(error: unknown): string {
  const t = useLocale();
  const describe = useDescribeError();
  return describe ? describe(error, t) : t.format(messages.failed);
}

/** The failure sentence and, while a retry is scheduled, its countdown. */
export function useProblemText(error: unknown): string {
  const t = useLocale();
  const note = useRetryNote(error, t);
  const problem = useFailureReason(error);
  return note ? t.format(messages.problem, { problem, retry: note }) : problem;
}

export { messages as panelStateMessages };

/** A panel that has waited this long without an answer says so in words, not only with skeletons. */
const STILL_LOADING_MS = 1500;

/** What holds a panel state may place it (`className`: margins, background), never restyle its insides. */
interface Placed {
  className?: string;
}

/** Placeholder blocks that keep the panel's final size, so nothing shifts when data arrives. */
export function LoadingBlock({ label, lines = 3, className }: { label: string; lines?: number } & Placed) {
  const online = useOnline();
  const slow = useElapsed(STILL_LOADING_MS);
  const t = useLocale();
  return (
    <div
      className={classes(styles.loading, className)}
      role="status"
      aria-live="polite"
      data-panel-state="loading"
    >
      {!online ? (
        <p className={styles.note}>{t.format(messages.offline)}</p>
      ) : slow ? (
        <p className={styles.note}>{t.format(messages.stillLoading, { what: label })}</p>
      ) : (
        <span className="visually-hidden">{t.format(messages.loading, { what: label })}</span>
      )}
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className={styles.skeleton} aria-hidden="true" />
      ))}
    </div>
  );
}

export function ErrorState({
  error,
  onRetry,
  retrying,
  className,
}: {
  error: unknown;
  onRetry: () => void;
  retrying?: boolean;
} & Placed) {
  const online = useOnline();
  const t = useLocale();
  const note = useRetryNote(error, t);
  const text = useProblemText(error);
  const busy = Boolean(retrying) && note === '';
  return (
    <ErrorBox className={className}>
      <p>
        <span aria-hidden="true">⚠ </span>
        {online ? text : t.format(messages.offline)}
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
        {busy ? t.format(messages.retrying) : t.format(messages.retry)}
      </button>
    </ErrorBox>
  );
}

/** The box a failure is said in, for a panel whose failure needs words of its own. */
export function ErrorBox({ children, className }: { children: ReactNode } & Placed) {
  return (
    <div className={classes(styles.error, className)} role="alert">
      {children}
    </div>
  );
}

export function EmptyState({ children, className }: { children: ReactNode } & Placed) {
  return (
    <div className={classes(styles.empty, className)} data-panel-state="empty">
      <p>{children}</p>
    </div>
  );
}

/** A note kept beside figures while something failed (saved figures, rows that would not load), often with a Retry. */
export function NoticeBox({ role, children }: { role: 'status' | 'alert'; children: ReactNode }) {
  return (
    <div className={styles.stale} role={role}>
      {children}
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
  const old = queries.filter((q) => {
    // Read before any test can skip them: TanStack Query re-renders a panel only for the fields it
    // has read, and the notice that reads them may load after the refresh has already failed.
    const { failureReason, isError } = q;
    return q.data !== undefined && (q.dataUpdatedAt < sessionStartedAt() || failureReason != null || isError);
  });
  if (old.length === 0) return null;
  return (
    <Suspense fallback={<StaleShort />}>
      <LazyStaleNotice queries={old} />
    </Suspense>
  );
}
