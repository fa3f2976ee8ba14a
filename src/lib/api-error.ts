import { config } from '@/config/env';

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

/** Names the service a URL belongs to, in words. */
function serviceOf(error: ApiError): string {
  return error.details.url?.startsWith(config.worldBankBaseUrl)
    ? 'The World Bank service'
    : 'The data service';
}

function describeStatus(service: string, status: number): string {
  if (status === 401 || status === 403)
    return `${service} refused access (answered ${status}). You may need to sign in again.`;
  if (status === 404) return `${service} does not have this data (answered 404).`;
  if (status === 429) return `${service} is busy (answered 429).`;
  if (status >= 500) return `${service} answered ${status}, a fault on its side.`;
  return `${service} refused the request (answered ${status}).`;
}

/** One sentence a user understands, for the panel that failed. Technical detail goes to errorDetails(). */
export function describeError(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong while loading this panel.';
  const service = serviceOf(error);
  switch (error.kind) {
    case 'timeout':
      return `${service} is not answering.`;
    case 'network':
      return `${service} could not be reached.`;
    case 'http':
      return describeStatus(service, error.details.status ?? 0);
    case 'parse':
      return error.details.body === 'empty'
        ? `${service} sent an empty answer.`
        : error.details.body === 'html'
          ? `${service} sent a web page instead of data.`
          : `${service} sent an answer that could not be read.`;
    case 'schema':
      return `${service} sent data in an unexpected shape, so it is not shown.`;
    case 'service':
      return error.message;
    case 'unavailable':
      return error.message;
  }
}
