/** Why a request failed, in the categories the UI and the retry policy care about. */
export type ApiErrorKind = 'timeout' | 'network' | 'http' | 'parse' | 'schema' | 'service' | 'unavailable';

export interface ApiErrorDetails {
  url?: string;
  status?: number;
  issues?: string;
  /** What the body looked like when it was not JSON: 'empty', 'html' or 'truncated'. */
  body?: 'empty' | 'html' | 'truncated';
  /** From a Retry-After header, in milliseconds. */
  retryAfterMs?: number;
  /** Set when the request was not sent because the host's circuit is open. */
  circuitOpen?: boolean;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: ApiErrorDetails = {},
  ) {
    super(message);
  }
}

/** Transient failures are worth retrying; a 4xx, a schema mismatch or garbage will not improve. */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (error.kind === 'timeout' || error.kind === 'network') return true;
  const status = error.details.status ?? 0;
  return error.kind === 'http' && (status >= 500 || status === 429 || status === 408);
}
