// Goals of issue 15 (mobile preset, simulated throttling, median of three runs) and the figures the
// issue measured, kept here so the report can show them beside each run. The peers (shadcn-admin,
// Tremor) cannot be fetched on this machine: their figures are the issue's, not re-measured.

/** Pages Lighthouse visits; `goal` names the budget that applies. */
export const pages = [
  { id: 'overview', path: '/', goal: 'overview' },
  { id: 'map', path: '/map', goal: 'map' },
  { id: 'charts-demographics', path: '/charts/demographics', goal: 'charts' },
  { id: 'charts-investment', path: '/charts/investment', goal: 'charts' },
  { id: 'charts-companies', path: '/charts/companies', goal: 'charts' },
  { id: 'explore', path: '/explore', goal: 'other' },
  { id: 'present', path: '/present', goal: 'other' },
];

/**
 * Per build ('demo' = MSW static build, 'live' = real-API build on the data service) and goal:
 * minimum performance score, maximum TBT and LCP in ms. Missing entries have no budget.
 */
export const budgets = {
  overview: { demo: { perf: 90, tbt: 100 }, live: { perf: 95, tbt: 100, lcp: 2000 } },
  map: { demo: { perf: 85, tbt: 200 }, live: { perf: 85, tbt: 200 } },
  charts: { demo: { perf: 85, tbt: 300 }, live: { perf: 85, tbt: 300 } },
  other: { demo: { tbt: 200 }, live: { tbt: 200 } },
};

/** A filter change: no interaction (Event Timing) and no long task over this, at 1× and 100× data. */
export const INTERACTION_BUDGET_MS = 200;
/** First-load JS, gzip (scripts/check-budget.mjs enforces the current budget; this is the goal). */
export const FIRST_LOAD_GOAL_KB = 90;

export const issueFigures = [
  { page: 'overview, demo build (MSW)', perf: 70, lcp: 3900, tbt: 476 },
  { page: 'overview, real-API build', perf: 78, lcp: 2900, tbt: 562 },
  { page: 'map, demo build', perf: 33, lcp: 4200, tbt: 1563 },
  { page: 'charts: investment, demo build', perf: 24, lcp: 4700, tbt: 3231 },
  { page: 'shadcn-admin dashboard (Vite, React 19, Recharts 3)', perf: 48, lcp: 4900, tbt: 1776, peer: true },
  { page: 'Tremor dashboard template (Next.js)', perf: 54, lcp: 5400, tbt: 1449, peer: true },
];
