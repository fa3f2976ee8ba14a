/**
 * The parsed configuration. With nothing set, the app runs on its embedded demo API (MSW).
 * See README, "Pointing it at a real API".
 */
const env = import.meta.env;

function positiveNumber(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

export const config = {
  /** True when MSW serves the dashboard's own API. */
  demoApi: __DEMO_API__,
  /** True when World Bank requests go to the real service (always so with a real API). */
  liveWorldBank: __LIVE_WORLD_BANK__,
  apiBaseUrl: (env.VITE_API_BASE_URL?.trim() || '/api/v1').replace(/\/+$/, ''),
  worldBankBaseUrl: (env.VITE_WORLD_BANK_BASE_URL?.trim() || 'https://api.worldbank.org/v2').replace(
    /\/+$/,
    '',
  ),
  /**
   * Time allowed for the response headers of one attempt. 3 s so that a silent server is reported
   * within 4 s of page load (3 s + app start); the body then has 30 s (lib/api-client.ts).
   */
  requestTimeoutMs: positiveNumber(env.VITE_REQUEST_TIMEOUT_MS, 3_000),
} as const;
