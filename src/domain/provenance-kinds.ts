// Apart from the provenance schema (provenance.ts) so that the first screen's legend and badges
// can name the kinds without loading zod.
/**
 * Every figure the dashboard shows carries one of these. The four kinds are the
 * project's honesty rule (see README, "Where the data comes from"), strongest first.
 */
export const provenanceKinds = ['sourced', 'announcement', 'estimate', 'illustrative'] as const;
