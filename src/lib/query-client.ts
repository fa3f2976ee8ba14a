import { notifyManager, QueryClient } from '@tanstack/react-query';
import { ApiError, isTransient } from './api-error';
import { reopensAt } from './circuit';
import { gatheringScheduler } from './notify-in-task';
import { CACHE_MAX_AGE_MS } from './session';

const MAX_BACKOFF_MS = 60_000;

const computed = new WeakMap<object, number>();
const nextAttempt = new WeakMap<object, number>();

/** When the query that failed with `error` will try again (for "retrying in 8 s"); undefined if it won't. */
export function retryAtOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null ? nextAttempt.get(error) : undefined;
}

/**
 * Exponential backoff with jitter (so many panels don't retry in lockstep), never sooner than the
 * server's Retry-After or the host's circuit reopening.
 */
export function retryDelay(failureCount: number, error: unknown): number {
  const backoff = Math.min(1000 * 2 ** failureCount, MAX_BACKOFF_MS);
  const jittered = backoff * (0.75 + Math.random() * 0.5);
  let delay = jittered;
  if (error instanceof ApiError) {
    delay = Math.max(delay, error.details.retryAfterMs ?? 0);
    const host = error.details.url ? new URL(error.details.url).host : '';
    delay = Math.max(delay, reopensAt(host) - Date.now());
  }
  // TanStack asks for the delay before it asks whether to retry; retry() confirms it.
  if (typeof error === 'object' && error !== null) computed.set(error, Date.now() + delay);
  return delay;
}

export function shouldRetry(_failureCount: number, error: unknown): boolean {
  const retrying = isTransient(error);
  const at = typeof error === 'object' && error !== null ? computed.get(error) : undefined;
  if (retrying && at !== undefined) nextAttempt.set(error as object, at);
  return retrying;
}

/**
 * Transient failures (no answer, network, 5xx, 429) are retried for as long as the panel is on screen:
 * the shared circuit per host (lib/circuit.ts) keeps that to one probe per cool-down, not a storm.
 * A 4xx, a schema mismatch or garbage will not improve, so those fail at once.
 */
export function createQueryClient(): QueryClient {
  // Notifications scheduled in one task reach the components in one render (lib/notify-in-task.ts).
  // TanStack Query has one notify manager for all clients: a new client (a test's) starts a new queue.
  notifyManager.setScheduler(gatheringScheduler());
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 10 * 60_000,
        // At least the saved cache's maximum age, or restored figures would be dropped at once.
        gcTime: CACHE_MAX_AGE_MS,
        refetchOnWindowFocus: false,
        retry: shouldRetry,
        retryDelay,
      },
    },
  });
}
