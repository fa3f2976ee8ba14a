/**
 * GET /observations page size when `limit` is not given, and the largest `limit` accepted. Apart
 * from the query-string parser (query.ts) so that the app's first load needs only these numbers.
 */
export const DEFAULT_OBSERVATION_LIMIT = 1000;
export const MAX_OBSERVATION_LIMIT = 10000;
