/** Why a request failed, in the categories the UI and the retry policy care about. */
export type ApiErrorKind = 'timeout' | 'network' | 'http' | 'parse' | 'schema' | 'service' | 'unavailable';

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly details: { url?: string; status?: number; issues?: string } = {},
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

/** One sentence a user understands, for the panel that failed. */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong while loading this panel.';
  switch (error.kind) {
    case 'timeout':
      return 'The data service did not answer in time.';
    case 'network':
      return 'The data service could not be reached. Check the connection.';
    case 'http':
      return (error.details.status ?? 0) >= 500
        ? `The data service had a problem (HTTP ${error.details.status}).`
        : `The data service refused the request (HTTP ${error.details.status}).`;
    case 'parse':
      return 'The data service sent a response that is not valid JSON.';
    case 'schema':
      return `The data service sent data in an unexpected shape, so it is not shown: ${error.details.issues ?? ''}`.trim();
    case 'service':
      return error.message;
    case 'unavailable':
      return error.message;
  }
}
