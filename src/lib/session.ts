/** How long saved figures are kept, in memory and in the browser (lib/persist-cache.ts). */
export const CACHE_MAX_AGE_MS = 3 * 24 * 60 * 60_000;

let startedAt = Date.now();

/** Figures fetched before this moment came from the browser's saved copy, not from this visit. */
export function sessionStartedAt(): number {
  return startedAt;
}

/** Called when the saved cache is restored, i.e. when the app (re)starts. */
export function markSessionStart(now = Date.now()): void {
  startedAt = now;
}
