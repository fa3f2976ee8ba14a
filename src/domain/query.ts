/**
 * The query strings of /api/v1, parsed and checked the same way by the demo API (MSW) and the
 * data service, so both accept, ignore and refuse exactly the same requests.
 */
import { z } from 'zod/mini';

import { DEFAULT_OBSERVATION_LIMIT, MAX_OBSERVATION_LIMIT } from './limits';

export { DEFAULT_OBSERVATION_LIMIT, MAX_OBSERVATION_LIMIT } from './limits';

/** Longest query string accepted, in bytes; longer ones are refused before anything is parsed. */
const MAX_QUERY_BYTES = 2048;
/** Most values in one comma-separated list parameter. */
export const MAX_LIST_VALUES = 200;

/** The Explore table's columns that the API can sort (period by end year; a missing sector or date as ''). */
export const observationSorts = [
  'indicator',
  'geo',
  'sector',
  'period',
  'value',
  'kind',
  'source',
  'asOf',
] as const;
export type ObservationSortField = (typeof observationSorts)[number];
/** Sorts on numbers; the others compare text by code point (PostgreSQL's "C" collation). */
export const isNumericSort = (field: ObservationSortField): boolean =>
  field === 'period' || field === 'value';
interface ObservationSort {
  field: ObservationSortField;
  descending: boolean;
}

/** The list parameters of each resource (docs/api.md, Endpoints). */
export const listParameters = {
  zones: ['id', 'country', 'status'],
  sectors: ['group'],
  indicators: ['id'],
  observations: ['indicator', 'geo', 'zone', 'sector'],
  events: ['kind', 'zone'],
  companies: ['zone', 'sector'],
} as const;

export interface QueryError {
  /** Machine-readable: 'query_too_long', 'too_many_values', 'invalid_parameter'. */
  code: 'query_too_long' | 'too_many_values' | 'invalid_parameter';
  /** The parameter at fault, when there is one. */
  parameter: string | null;
  message: string;
}

/** The JSON body of every 4xx from the API. */
export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    parameter: z.nullable(z.string()),
    message: z.string(),
  }),
});

/** Comma-separated list parameter, e.g. `?zone=a,b`; missing or empty means "no filter". */
export function listValues(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Four-digit year bound; anything else is ignored, as docs/api.md promises. */
export function yearValue(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  return raw && /^\d{4}$/.test(raw) ? Number(raw) : null;
}

const LimitSchema = z.string().check(
  z.regex(/^\d{1,6}$/),
  z.refine((v) => Number(v) >= 1 && Number(v) <= MAX_OBSERVATION_LIMIT),
);
const CursorSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,512}$/));
const VintageSchema = z.enum(['latest', 'all']);
const UnbrokenSchema = z.enum(['include', 'exclude']);
const SortSchema = z.string().check(z.regex(new RegExp(`^-?(${observationSorts.join('|')})$`)));

export interface PagingQuery {
  limit: number;
  cursor: string | null;
  sort: ObservationSort | null;
  vintage: 'latest' | 'all';
  /**
   * 'include': with `zone` or `sector`, also the figures that cannot be broken down that way (not
   * zone-level, or without a sector), as the Explore table lists them. 'exclude' (default): not.
   */
  unbroken: 'include' | 'exclude';
}

const invalid = (parameter: string, message: string): QueryError => ({
  code: 'invalid_parameter',
  parameter,
  message,
});

/** Checks what every endpoint shares: query length and list sizes. Null when the request is fine. */
export function checkQuery(
  resource: keyof typeof listParameters,
  params: URLSearchParams,
  rawQueryLength: number,
): QueryError | null {
  if (rawQueryLength > MAX_QUERY_BYTES)
    return {
      code: 'query_too_long',
      parameter: null,
      message: `The query string is ${rawQueryLength} bytes; at most ${MAX_QUERY_BYTES} are accepted.`,
    };
  for (const name of listParameters[resource]) {
    const count = listValues(params, name).length;
    if (count > MAX_LIST_VALUES)
      return {
        code: 'too_many_values',
        parameter: name,
        message: `${name} lists ${count} values; at most ${MAX_LIST_VALUES} are accepted.`,
      };
  }
  return null;
}

/** GET /observations' paging, sorting and vintage parameters; an error names the parameter. */
export function parsePaging(params: URLSearchParams): PagingQuery | QueryError {
  const limit = params.get('limit');
  if (limit !== null && !LimitSchema.safeParse(limit).success)
    return invalid('limit', `limit must be a whole number from 1 to ${MAX_OBSERVATION_LIMIT}.`);
  const cursor = params.get('cursor');
  if (cursor !== null && !CursorSchema.safeParse(cursor).success)
    return invalid('cursor', 'cursor must be a nextCursor value from an earlier page.');
  const vintage = params.get('vintage') ?? 'latest';
  if (!VintageSchema.safeParse(vintage).success) return invalid('vintage', 'vintage must be latest or all.');
  const unbroken = params.get('unbroken') ?? 'exclude';
  if (!UnbrokenSchema.safeParse(unbroken).success)
    return invalid('unbroken', 'unbroken must be include or exclude.');
  const sort = params.get('sort');
  if (sort !== null && !SortSchema.safeParse(sort).success)
    return invalid('sort', `sort must be one of ${observationSorts.join(', ')}, optionally prefixed by -.`);
  return {
    limit: limit === null ? DEFAULT_OBSERVATION_LIMIT : Number(limit),
    cursor,
    sort: sort
      ? { field: sort.replace(/^-/, '') as ObservationSortField, descending: sort.startsWith('-') }
      : null,
    vintage: vintage as 'latest' | 'all',
    unbroken: unbroken as 'include' | 'exclude',
  };
}

export const isQueryError = (value: PagingQuery | QueryError): value is QueryError => 'code' in value;

/**
 * Cursors are opaque to clients: base64url of JSON [sort value?, seq], the keyset of the last
 * record of the page. Encoded without Buffer or btoa quirks so browser and Node agree.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(key));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCursor(cursor: string): (string | number)[] | null {
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const key: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const ok =
      Array.isArray(key) &&
      key.length >= 1 &&
      key.length <= 3 &&
      key.every((k) => typeof k === 'string' || typeof k === 'number');
    return ok ? (key as (string | number)[]) : null;
  } catch {
    return null;
  }
}
