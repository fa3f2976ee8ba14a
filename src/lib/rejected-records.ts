/**
 * Records that failed validation and were left out of an otherwise good list answer. The shell lists
 * them so nobody mistakes a shorter list for the whole one; details go to the console too.
 */
export interface RejectedRecords {
  url: string;
  resource: string;
  count: number;
  total: number;
  issues: string[];
}

const byUrl = new Map<string, RejectedRecords>();
const listeners = new Set<() => void>();
let snapshot: readonly RejectedRecords[] = [];

function notify(): void {
  snapshot = [...byUrl.values()];
  for (const listener of listeners) listener();
}

/** Called on every list answer; an answer with nothing rejected clears that URL's entry. */
export function noteRejected(entry: RejectedRecords): void {
  if (entry.count === 0) {
    if (byUrl.delete(entry.url)) notify();
    return;
  }
  console.warn(`[api] ${entry.count} of ${entry.total} records left out of ${entry.url}`, entry.issues);
  byUrl.set(entry.url, entry);
  notify();
}

export function subscribeRejected(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function rejectedSnapshot(): readonly RejectedRecords[] {
  return snapshot;
}

export function clearRejected(): void {
  byUrl.clear();
  notify();
}
