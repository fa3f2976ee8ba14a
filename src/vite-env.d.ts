/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the dashboard's own API including its version, e.g. https://data.example.org/api/v1. Unset: demo data. */
  readonly VITE_API_BASE_URL?: string;
  /** "true": World Bank requests go to the live service even in demo mode. */
  readonly VITE_WORLD_BANK_LIVE?: string;
  /** Base URL of the World Bank Indicators API v2 (a proxy or mirror may stand in). */
  readonly VITE_WORLD_BANK_BASE_URL?: string;
  /** Per-request timeout in milliseconds (default 10000). */
  readonly VITE_REQUEST_TIMEOUT_MS?: string;
}

/** Replaced at build time (vite.config.ts) so that demo-only code is dropped from real-API builds. */
declare const __DEMO_API__: boolean;
declare const __LIVE_WORLD_BANK__: boolean;
