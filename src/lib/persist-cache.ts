/**
 * Last good figures: the query cache is saved in localStorage and restored on the next visit, so a
 * data service that is down still leaves the figures from the last successful load (labelled as
 * such by the panels). Loaded lazily, beside the first paint, to stay out of the first-load budget.
 */
import type { QueryClient } from '@tanstack/react-query';
import { createSyncStoragePersister } from '@tanstack/query-sync-storage-persister';
import {
  persistQueryClientRestore,
  persistQueryClientSubscribe,
  removeOldestQuery,
} from '@tanstack/react-query-persist-client';
import type { Meta } from '@/domain/meta';
import { metaQueryOptions } from './endpoints/meta';
// Not query-client.ts: importing an entry-only module here would split it into its own first-load chunk.
import { CACHE_MAX_AGE_MS, markSessionStart, sessionStartedAt } from './session';

const metaKey = metaQueryOptions().queryKey;
const isMeta = (key: readonly unknown[]) => key[0] === metaKey[0] && key[1] === metaKey[1];

export const CACHE_STORAGE_KEY = 'tech-corridor:figures';
/** Bump when the shape of cached data changes (the schemas in src/domain), to drop old copies. */
const CACHE_FORMAT = '1';
const SAVED_KEYS = new Set(['api', 'world-bank']);
/**
 * An answer with more records is not saved. Saving is synchronous (the whole cache is serialised into
 * localStorage, about 5 MB at most, a second after each change): with 100× the demo data one save
 * held a phone's main thread for 0.5–0.8 s, and then failed on the quota anyway; at 2,000 records an
 * answer, the overview's fourteen still took 0.2 s. The demo's largest answer has about 150 records.
 */
export const MAX_SAVED_RECORDS = 500;

/** Records in a cached answer: a list, a `{ data: [...] }` page, or an infinite query's pages. */
function recordCount(data: unknown): number {
  if (Array.isArray(data)) return data.length;
  if (typeof data !== 'object' || data === null) return 0;
  if ('pages' in data && Array.isArray(data.pages))
    return data.pages.reduce((sum: number, page: unknown) => sum + recordCount(page), 0);
  if ('data' in data) return recordCount(data.data);
  return 0;
}

/** What is kept for the next visit: successful answers from the APIs, small enough to save quickly. */
export function shouldSaveQuery(query: {
  queryKey: readonly unknown[];
  state: { status: string; data: unknown };
}) {
  return (
    query.state.status === 'success' &&
    SAVED_KEYS.has(String(query.queryKey[0])) &&
    recordCount(query.state.data) <= MAX_SAVED_RECORDS
  );
}

/**
 * Reads /meta on every visit; saved figures from another dataset version are discarded as soon as it
 * answers. If /meta fails, saved figures stay, labelled as from the last successful load.
 */
async function checkDatasetVersion(client: QueryClient): Promise<void> {
  const saved = client.getQueryData<Meta>(metaKey)?.datasetVersion ?? null;
  // Only figures restored from storage: a query still on its first fetch (dataUpdatedAt 0) is already
  // fetching this version, and resetting it would cancel and repeat every request of the first load.
  const isSaved = (q: { queryKey: readonly unknown[]; state: { dataUpdatedAt: number } }) =>
    !isMeta(q.queryKey) && q.state.dataUpdatedAt > 0 && q.state.dataUpdatedAt < sessionStartedAt();
  const meta = await client.fetchQuery({ ...metaQueryOptions(), retry: false });
  if (meta.datasetVersion !== saved) await client.resetQueries({ predicate: isSaved });
}

/** Restores the saved figures, then keeps saving; returns a function that stops saving. */
export async function startPersistence(client: QueryClient, storage: Storage = window.localStorage) {
  const persister = createSyncStoragePersister({
    storage,
    key: CACHE_STORAGE_KEY,
    throttleTime: 1000,
    retry: removeOldestQuery,
  });
  const options = { queryClient: client, persister, maxAge: CACHE_MAX_AGE_MS, buster: CACHE_FORMAT };
  markSessionStart();
  await persistQueryClientRestore(options);
  // Restored figures are from an earlier visit: fetch fresh ones as soon as a panel uses them.
  await client.invalidateQueries({ refetchType: 'none' });
  checkDatasetVersion(client).catch((error: unknown) =>
    console.warn('[cache] dataset version unknown; saved figures are kept, labelled as saved', error),
  );
  const stopSaving = persistQueryClientSubscribe({
    ...options,
    dehydrateOptions: { shouldDehydrateQuery: shouldSaveQuery },
  });
  return stopSaving;
}
