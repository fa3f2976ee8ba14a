type YieldingScheduler = { yield?: () => Promise<void> };

/**
 * Ends the current task and continues in a new one, so that the browser can handle input and paint
 * in between: for work that would otherwise be one long task on a slow phone (Lighthouse's TBT).
 * Only where the browser has `scheduler.yield` (Chromium); elsewhere, and in tests, it goes on at once.
 */
export const yieldToBrowser = (): Promise<void> | undefined =>
  (globalThis as { scheduler?: YieldingScheduler }).scheduler?.yield?.();
