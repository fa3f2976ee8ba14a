let startedAt = Date.now();

/** Figures fetched before this moment came from the browser's saved copy, not from this visit. */
export function sessionStartedAt(): number {
  return startedAt;
}

/** Called when the saved cache is restored, i.e. when the app (re)starts. */
export function markSessionStart(now = Date.now()): void {
  startedAt = now;
}
