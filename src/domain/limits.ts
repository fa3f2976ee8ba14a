/**
 * GET /observations page size when `limit` is not given, and the largest `limit` accepted. Apart
 * from src/domain/query.ts so the app's first load takes the numbers without the parser.
 */
export const DEFAULT_OBSERVATION_LIMIT = 1000;
export const MAX_OBSERVATION_LIMIT = 10000;
